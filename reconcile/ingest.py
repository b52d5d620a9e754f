"""Read article files into :class:`Article` records. No spaCy here.

Folders are walked lazily, depth first, in sorted name order, skipping hidden files
and folders; symbolic links to folders are followed once (a link back into its own
ancestry is reported as a loop). Nothing outside the folders given is read: a
symbolic link whose target lies outside all of them is skipped, and a link to a
folder outside is not walked, unless ``Options.outside_links`` allows it (files
named one by one are read wherever they are: naming them is asking). Each supported
file becomes one or more Articles (a .jsonl or a JSON list holds several); a file, or
a line or item of one, that cannot be used becomes a :class:`Skipped` with a one-line
reason. reconcile's own files are passed over with a note (an :class:`Ignored`):
configuration files (never applied from an input folder) and reports it wrote
(:mod:`reconcile.marker`). Files are opened read-only and nothing is ever written to
the input folder. Parsers never reach the network, load no DTD or external entity,
and run no code from the input.
"""

from __future__ import annotations

import codecs
import errno
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import marker
from .data import load, wordseq
from .records import Article, Ignored, Skipped
from .text.lines import headline
from .text.outlets import find as find_outlet
from .text.dates import published_at
from .text.pubdates import find_stamp, find_update_stamp

#: file suffix -> format
FORMATS = {
    ".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
SUFFIXES = tuple(FORMATS)
DEFAULT_MAX_BYTES = 5_000_000

#: field names of an article's text and metadata in JSON exports, tried in order (data/ingest.json)
TEXT_FIELDS = wordseq("ingest", "text_fields")
TITLE_FIELDS = ("title", "headline")
OUTLET_FIELDS = wordseq("ingest", "outlet_fields")
DATE_FIELDS = wordseq("ingest", "date_fields")
UPDATED_FIELDS = wordseq("ingest", "updated_fields")
URL_FIELDS = ("url", "link", "source_url", "canonical_url")
#: keys under which a JSON export keeps its list of articles ({"articles": [...]})
LIST_FIELDS = wordseq("ingest", "list_fields")

#: share of control characters above which decoded text is taken for binary data
MAX_CONTROL_RATIO = 0.05
#: an HTML page needs at least one line of this many words to count as having main text
MIN_MAIN_TEXT_WORDS = 5


#: configuration file names: in an input folder they are neither articles nor applied
CONFIG_NAMES = ("reconcile.toml", "pyproject.toml")

#: what names stdin on the command line ('reconcile check -'): one article read from it
STDIN_NAMES = ("-", "/dev/stdin")
#: the path and source id of the article read from stdin
STDIN_PATH = "stdin"
#: how an HTML page opens (stdin has no suffix to tell its format)
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)[\s>]", re.I | re.S)


@dataclass(frozen=True, slots=True)
class Options:
    max_bytes: int = DEFAULT_MAX_BYTES
    #: read symbolic links that lead outside the folders given (--follow-outside-links)
    outside_links: bool = False


class InputError(Exception):
    """A file that cannot be used; the message is the one-line reason, ``line`` the
    line of the file it is about, when there is one."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.line = line


class OwnFile(Exception):
    """A file reconcile wrote (a report); the message says which kind."""


# ---------------------------------------------------------------- walking

def shown(path: str | os.PathLike[str]) -> str:
    """A path as records carry it: valid Unicode, a name's undecodable bytes as U+FFFD
    (so every renderer can write it; the file itself was opened by its real name)."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _dir_key(folder: Path | os.DirEntry, path: Path) -> tuple[int, int] | Skipped:
    """The folder's (device, inode), which tells a folder reached twice; or a :class:`Skipped`
    for ``path`` when it cannot be read."""
    try:
        st = folder.stat()
    except OSError as e:
        return Skipped(shown(path), f"cannot read folder: {_reason(e)}")
    return st.st_dev, st.st_ino


def iter_files(paths: Iterable[str | os.PathLike[str]],
               outside_links: bool = False) -> Iterator[tuple[Path, Path] | Skipped]:
    """(file, root) for every candidate file under ``paths``, lazily and in a stable
    order, or a :class:`Skipped` for a folder that cannot be walked or a symbolic link
    that leads outside the folders given.

    Each folder is listed when the walk reaches it and its entries are visited in
    sorted name order, a sub-folder's files at the sub-folder's place. ``root`` is the
    folder the file was found under (its parent for a file given directly); source ids
    are relative to it. Hidden entries (".name") are skipped. A symbolic link to a
    folder is followed unless it leads to a folder already on the walk (a loop) or
    already read. A symbolic link whose target (resolved) is outside every folder in
    ``paths`` is skipped, and not walked if it is a folder, unless ``outside_links``.
    """
    paths = [Path(p) for p in paths]
    inside = None if outside_links else _Boundary(p for p in paths if not is_stdin(p) and p.is_dir())
    seen: set[tuple[int, int]] = set()
    for p in paths:
        if is_stdin(p):
            yield p, p
        elif p.is_dir():
            key = _dir_key(p, p)
            if isinstance(key, Skipped):
                yield key
                continue
            if key in seen:
                continue
            seen.add(key)
            yield from _walk(p, p, (key,), seen, inside)
        else:
            yield p, p.parent


class _Boundary:
    """The folders given, resolved: where a symbolic link may lead."""

    def __init__(self, folders: Iterable[Path]) -> None:
        self.roots = [os.path.realpath(f) for f in folders]

    def holds(self, target: str) -> bool:
        return any(target == r or target.startswith(r.rstrip(os.sep) + os.sep) for r in self.roots)


def _outside(entry: os.DirEntry, inside: _Boundary | None) -> str | None:
    """The resolved target of a symbolic link that leads outside the folders given, or None."""
    if inside is None:
        return None
    try:
        if not entry.is_symlink():
            return None
    except OSError:
        return None
    target = os.path.realpath(entry.path)
    return None if inside.holds(target) else target


def _walk(folder: Path, root: Path, ancestors: tuple[tuple[int, int], ...],
          seen: set[tuple[int, int]], inside: _Boundary | None = None) -> Iterator[tuple[Path, Path] | Skipped]:
    try:
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as e:
        yield Skipped(shown(folder), f"cannot read folder: {_reason(e)}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows links; False for broken links and loops
        except OSError:
            is_dir = False
        target = _outside(entry, inside)
        if target is not None:
            what = "folder" if is_dir else "file"
            yield Skipped(shown(path), f"symbolic link to a {what} outside the input folder ({shown(target)}); "
                                       "not read (--follow-outside-links reads it)")
            continue
        if not is_dir:
            yield path, root
            continue
        key = _dir_key(entry, path)
        if isinstance(key, Skipped):
            yield key
            continue
        if key in ancestors:
            yield Skipped(shown(path), "symbolic link loop (leads back to a folder that contains it)")
            continue
        if key in seen:
            yield Skipped(shown(path), "folder already read through another path (symbolic link)")
            continue
        seen.add(key)
        yield from _walk(path, root, ancestors + (key,), seen, inside)


def is_stdin(path: str | os.PathLike[str]) -> bool:
    """Whether ``path``, as given on the command line, names stdin ('-', '/dev/stdin')."""
    return os.fspath(path) in STDIN_NAMES


def source_id(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return shown(rel.with_suffix("").as_posix())


def read_paths(
    paths: Iterable[str | os.PathLike[str]], options: Options = Options(),
    keep: Callable[[str], bool] | None = None,
) -> Iterator[Article | Skipped | Ignored]:
    """Articles, skipped inputs and reconcile's own files passed over, lazily, in
    walking order; source ids made unique.

    Never raises for a bad file: anything that goes wrong while reading one becomes a
    :class:`Skipped` for it and the walk goes on. ``keep``, given a file's source id,
    says whether to read that file at all (``--shard``); folders that cannot be walked
    and links that lead outside are reported whatever ``keep`` says.
    """
    seen_ids: set[str] = set()
    seen_files: dict[tuple[int, int], str] = {}
    for item in iter_files(paths, options.outside_links):
        if isinstance(item, Skipped):
            yield item
            continue
        path, root = item
        if is_stdin(path):
            if keep is None or keep(STDIN_PATH):
                yield from _stdin_articles(options, seen_files, seen_ids)
            continue
        if keep is not None and not keep(source_id(path, root)):
            continue
        if path.name in CONFIG_NAMES:
            yield Ignored(shown(path), "a configuration file, not an article (never applied from an input "
                                       "folder unless --config names it)")
            continue
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            yield Skipped(shown(path), f"unsupported file type {path.suffix or '(no extension)'!r} "
                                     f"(reads {', '.join(SUFFIXES)})")
            continue
        try:
            for got in read_file(path, source_id(path, root), options, seen_files):
                if isinstance(got, Skipped):
                    yield got
                    continue
                aid, n = got.id, 2
                while aid in seen_ids:
                    aid, n = f"{got.id}~{n}", n + 1
                seen_ids.add(aid)
                yield got if aid == got.id else replace(got, id=aid)
        except InputError as e:
            yield Skipped(shown(path), str(e), line=e.line)
        except OwnFile as e:
            yield Ignored(shown(path), f"{e} reconcile wrote, not an article")
        except Exception as e:  # a parser bug must not end the run
            yield Skipped(shown(path), f"internal error while reading: {type(e).__name__}: {_first_line(e)}")


def _stdin_articles(options: Options, seen_files: dict[tuple[int, int], str],
                    seen_ids: set[str]) -> Iterator[Article | Skipped | Ignored]:
    """The article read from stdin, or why it cannot be (stdin named twice, empty, too
    large, binary, a report reconcile wrote)."""
    if (-1, -1) in seen_files:
        yield Skipped(STDIN_PATH, "stdin named twice (already read)")
        return
    seen_files[(-1, -1)] = STDIN_PATH
    try:
        for got in read_stdin(options):
            seen_ids.add(got.id)
            yield got
    except InputError as e:
        yield Skipped(STDIN_PATH, str(e), line=e.line)
    except OwnFile as e:
        yield Ignored(STDIN_PATH, f"{e} reconcile wrote, not an article")


def read_stdin(options: Options = Options(), stream=None) -> Iterator[Article | Skipped]:
    """The article on stdin (``stream``: a binary file, default ``sys.stdin.buffer``), read
    to its end and at most ``max_bytes``, like a file: an HTML page when it opens like one
    (``<!doctype html>``, ``<html>``), JSON when it is a JSON object or list, else plain
    text (stdin has no suffix to tell its format). Its path and source id are 'stdin'.

    Raises :class:`InputError` or :class:`OwnFile` as :func:`read_file` does."""
    if stream is None:
        if sys.stdin is None:
            raise InputError("cannot read: stdin is closed")
        stream = sys.stdin.buffer
    limit = options.max_bytes
    try:
        data = stream.read(limit + 1)
    except (OSError, ValueError) as e:
        raise InputError(f"cannot read: {_reason(e) if isinstance(e, OSError) else e}") from None
    if len(data) > limit:
        raise InputError(f"too large (over {limit:,} bytes, see --max-bytes)")
    text = decode_text(data)
    path = Path(STDIN_PATH)
    if text.lstrip()[:1] in ("{", "["):
        try:
            json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            pass  # '[Updated] Police said ...': text
        else:
            yield from _json(STDIN_PATH, path, text)
            return
    own = marker.in_text(text)
    if own:
        raise OwnFile(own)
    if _HTML_START.match(text):
        yield _html(STDIN_PATH, path, text)
    else:
        yield _article(STDIN_PATH, path, text, title=headline(text))


def _first_line(e: BaseException, n: int = 200) -> str:
    s = (str(e).strip().splitlines() or [""])[0]
    return s if len(s) <= n else s[: n - 1] + "…"


def _reason(e: OSError) -> str:
    return (e.strerror or str(e)).lower() if isinstance(e, OSError) else str(e)


# ---------------------------------------------------------------- bytes -> text

_KIND = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket",
         stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device"}


def read_bytes(path: Path, options: Options = Options()) -> tuple[bytes, tuple[int, int]]:
    """The file's bytes and its (device, inode), read-only and never blocking.

    The file is opened with O_NONBLOCK and checked with fstat before reading, so a
    named pipe or device in the folder cannot hang the run; at most ``max_bytes + 1``
    bytes are read whatever the file claims its size is.
    """
    try:
        lst = os.lstat(path)
    except OSError as e:
        raise InputError("file vanished" if e.errno == errno.ENOENT else f"cannot read: {_reason(e)}") from None
    if stat.S_ISLNK(lst.st_mode):
        try:
            os.stat(path)
        except OSError as e:
            if e.errno == errno.ELOOP:
                raise InputError("symbolic link loop") from None
            if e.errno in (errno.ENOENT, errno.ENOTDIR):
                raise InputError(f"broken symbolic link (its target {os.readlink(path)!r} does not exist)") from None
            raise InputError(f"cannot read: {_reason(e)}") from None
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        try:
            fd = os.open(path, flags | getattr(os, "O_NOATIME", 0))  # leave access times alone
        except PermissionError as e:
            if e.errno != errno.EPERM:  # O_NOATIME on a file we do not own
                raise
            fd = os.open(path, flags)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError("symbolic link loop") from None
        if e.errno == errno.ENXIO:  # a Unix socket cannot be opened
            raise InputError(f"not a regular file ({_KIND.get(stat.S_IFMT(lst.st_mode), 'special file')})") from None
        raise InputError(f"cannot read: {_reason(e)}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"not a regular file ({_KIND.get(stat.S_IFMT(st.st_mode), 'special file')})")
        limit = options.max_bytes
        if st.st_size > limit:
            raise InputError(f"too large ({st.st_size:,} bytes; the limit is {limit:,}, see --max-bytes)")
        chunks, total = [], 0
        while total <= limit:
            try:
                chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            except OSError as e:
                raise InputError(f"cannot read: {_reason(e)}") from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputError(f"too large (over {limit:,} bytes, see --max-bytes)")
        return b"".join(chunks), (st.st_dev, st.st_ino)
    finally:
        os.close(fd)


_CP1252 = {i: bytes([i]).decode("cp1252") for i in range(0x80, 0xA0)
           if i not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _cp1252(data: bytes) -> str:
    """Windows-1252, the five undefined bytes read as Latin-1 (so nothing fails)."""
    return data.decode("latin-1").translate(_CP1252)


def _utf8_with_stray_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    bad = exc.object[exc.start:exc.end]
    return _cp1252(bad), exc.end


codecs.register_error("reconcile-cp1252", _utf8_with_stray_bytes)


def decode(data: bytes) -> str:
    """Text from bytes.

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32); strict UTF-8; UTF-8 with a
    few stray legacy bytes (those read as Windows-1252); Windows-1252 (a superset of
    Latin-1's printable range) when charset-normalizer's mess detector finds it reads
    as cleanly as its own best guess; else charset-normalizer's guess (Cyrillic,
    Greek, CJK...); UTF-16 without a byte-order mark where every second byte is NUL. Binary
    data (NUL bytes outside UTF-16/32, or mostly control characters) and text no encoding
    explains raise :class:`InputError`. Line ends are kept as they are: offsets refer to
    this text.
    """
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                     (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(f"cannot decode: not valid {enc.upper().removesuffix('-SIG')} "
                                 f"despite its byte-order mark (byte {e.start})") from None
    if b"\x00" in data:
        if (enc := _utf16_unmarked(data)) is not None:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
        raise InputError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    good = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    if good > lenient.count("\ufffd"):  # mostly UTF-8: a few bytes from another encoding
        return data.decode("utf-8", errors="reconcile-cp1252")
    return _single_byte(data)


def _utf16_unmarked(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for UTF-16 text saved without a byte-order mark: an even
    length, and a NUL in every second byte at least nine times in ten (the high byte of
    Latin text), the other bytes holding none; None for anything else (binary data has NULs
    at random). (Session 53, the review of session 53: such a file was skipped as binary.)"""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, other, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) == 0:
            return enc
    return None


def _single_byte(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
        from charset_normalizer.md import mess_ratio

        western = _cp1252(data)
        best = from_bytes(data).best()
        if best is None:
            return western
        guess = str(best)
        if mess_ratio(western, 1.0) <= max(0.01, mess_ratio(guess, 1.0)):
            return western
        return guess
    except Exception as e:  # pragma: no cover - charset-normalizer bug
        raise InputError(f"cannot decode: {type(e).__name__}") from None


# C0 controls but tab, line ends and ESC: text with ANSI colours is still text (the
# escapes are stripped on output); binary data decoded as text is full of these.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    return len(_CONTROL.findall(text)) / max(1, len(text))


def decode_text(data: bytes) -> str:
    """:func:`decode`, then refuse what is not text: empty or mostly control characters."""
    if not data.strip():
        raise InputError("empty file" if not data else "empty file (only whitespace)")
    text = decode(data)
    if not text.strip():
        raise InputError("empty file (no text after decoding)")
    if _control_ratio(text) > MAX_CONTROL_RATIO:
        raise InputError("binary file (mostly control characters)")
    return text


# ---------------------------------------------------------------- formats

def read_file(path: Path, sid: str, options: Options = Options(),
              seen_files: dict[tuple[int, int], str] | None = None) -> Iterator[Article | Skipped]:
    """The articles of one file, and Skipped for its unusable lines or items.

    Raises :class:`InputError` when the whole file cannot be used.
    """
    data, key = read_bytes(path, options)
    if seen_files is not None:
        if key in seen_files:
            raise InputError(f"same file as {seen_files[key]} (already read)")
        seen_files[key] = shown(path)
    text = decode_text(data)
    fmt = FORMATS.get(path.suffix.lower(), "text")
    if fmt in ("text", "markdown", "html"):
        own = marker.in_text(text)
        if own:
            raise OwnFile(own)
    if fmt == "text":
        yield _article(sid, path, text, title=headline(text))
    elif fmt == "markdown":
        yield _markdown(sid, path, text)
    elif fmt == "html":
        yield _html(sid, path, text)
    elif fmt == "json":
        yield from _json(sid, path, text)
    else:
        yield from _jsonl(sid, path, text)


def _json(sid: str, path: Path, text: str) -> Iterator[Article | Skipped]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"malformed JSON at line {e.lineno}, column {e.colno}: {e.msg}", line=e.lineno) from None
    except RecursionError:
        raise InputError("malformed JSON: nested too deeply") from None
    own = marker.in_json(obj)
    if own:
        raise OwnFile(own)
    if isinstance(obj, dict) and _text_of(obj) is None:
        for f in LIST_FIELDS:  # {"articles": [...]} as news APIs export them
            if isinstance(obj.get(f), list):
                obj = obj[f]
                break
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        raise InputError("JSON holds no article (an empty list)")
    several = len(items) > 1
    if not several:
        yield _from_mapping(sid, path, items[0], None)
        return
    results: list[Article | Skipped] = []
    for i, item in enumerate(items):
        try:
            results.append(_from_mapping(f"{sid}[{i}]", path, item, f"item {i}"))
        except InputError as e:
            results.append(Skipped(shown(path), f"item {i}: {e}"))
    if not any(isinstance(r, Article) for r in results):  # data, not articles: one line
        raise InputError(f"none of its {len(items)} items is an article ({results[0].reason})")
    yield from results


def _jsonl(sid: str, path: Path, text: str) -> Iterator[Article | Skipped]:
    n = bad = 0
    for lineno, line in enumerate(_LINE_END.split(text), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as e:
            bad += 1
            msg = f"{e.msg} (column {e.colno})" if isinstance(e, json.JSONDecodeError) else "nested too deeply"
            yield Skipped(shown(path), f"line {lineno}: malformed JSON: {msg}", line=lineno)
            continue
        if not n and not bad:  # the first record tells reconcile's own output (no header)
            own = marker.in_record(item)
            if own:
                raise OwnFile(own)
        try:
            art = _from_mapping(f"{sid}:{lineno}", path, item, f"line {lineno}")
        except InputError as e:
            bad += 1
            yield Skipped(shown(path), f"line {lineno}: {e}", line=lineno)
            continue
        n += 1
        yield art
    if not n and not bad:
        raise InputError("JSON Lines file holds no article")


def _scalar(v: Any) -> str | None:
    """A metadata value as text: strings, {"name": ...}/{"rendered": ...} objects, numbers."""
    if isinstance(v, str):
        return v.strip() or None
    if isinstance(v, dict):
        for k in wordseq("ingest", "value_fields"):
            if isinstance(v.get(k), str) and v[k].strip():
                return v[k].strip()
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    return None


def _pick(item: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    for f in fields:
        v = _scalar(item.get(f))
        if v:
            return v
    return None


def _pick_date(item: dict[str, Any], fields: tuple[str, ...] = DATE_FIELDS) -> str | None:
    for f in fields:
        v = item.get(f)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if not 0 < v < 1e13:
                continue  # a number that is no Unix time (1e20, -5) is no date, not the text '1e+20'
            secs = v / 1000 if v > 1e11 else v  # epoch seconds or milliseconds
            try:
                return datetime.fromtimestamp(secs, tz=timezone.utc).isoformat()
            except (OverflowError, OSError, ValueError):
                continue
        s = _scalar(v)
        if s:
            return s
    return None


@cache
def _html_tag() -> re.Pattern[str]:
    """A tag that makes a text field HTML (data/ingest.json)."""
    return re.compile(load("ingest")["html_body"]["pattern"], re.I)


def _text_of(item: dict[str, Any]) -> str | None:
    for f in TEXT_FIELDS:
        v = item.get(f)
        if isinstance(v, dict):  # WordPress: {"content": {"rendered": "<p>...</p>"}}
            v = v.get("rendered") or v.get("text")
        if isinstance(v, str) and v.strip():
            return v
    return None


def _from_mapping(sid: str, path: Path, item: Any, where: str | None) -> Article:
    if not isinstance(item, dict):
        raise InputError(f"expected a JSON object, got {type(item).__name__}")
    text = _text_of(item)
    if text is None:
        raise InputError(f"no text field ({', '.join(TEXT_FIELDS)})")
    if _html_tag().search(text):
        text = html_fragment_text(text)
        if not text.strip():
            raise InputError("text field holds HTML with no text")
    return _article(
        sid, path, text, where=where,
        title=_pick(item, TITLE_FIELDS), outlet=_pick(item, OUTLET_FIELDS),
        published=_pick_date(item), url=_pick(item, URL_FIELDS), updated=_pick_date(item, UPDATED_FIELDS),
    )


def _markdown(sid: str, path: Path, text: str) -> Article:
    import frontmatter

    meta: dict[str, Any] = {}
    body_start = 0
    handler = frontmatter.detect_format(text, frontmatter.handlers)
    if handler is not None:
        try:
            fm, content = handler.split(text)
            loaded = handler.load(fm)
        except Exception as e:  # yaml/toml errors come in many classes
            raise InputError(f"malformed front matter: {_first_line(e)}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError(f"malformed front matter: expected key: value pairs, got {type(loaded).__name__}")
        meta = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in (loaded or {}).items()}
        body_start = len(text) - len(content)
    body = text[body_start:]
    if not body.strip():
        raise InputError("Markdown file with front matter but no text")
    heading = headline(body)
    if heading:
        heading = heading.lstrip("#").strip() or None  # "# Blast at the market"
    art = _article(sid, path, text, title=_pick(meta, TITLE_FIELDS) or heading,
                   outlet=_pick(meta, OUTLET_FIELDS), published=_pick_date(meta),
                   url=_pick(meta, URL_FIELDS), date_from=body_start, updated=_pick_date(meta, UPDATED_FIELDS))
    # Offsets stay in the file's own text: the front matter is masked, not cut.
    if body_start:
        art = replace(art, masked=tuple(sorted(set(art.masked) | {(0, body_start)})))
    return art


# ---------------------------------------------------------------- HTML

def _quiet_loggers() -> None:
    """Library loggers must not print to stderr: our one-line messages are the contract."""
    for name in wordseq("ingest", "quiet_loggers"):
        lg = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in lg.handlers):
            lg.addHandler(logging.NullHandler())
        lg.propagate = False


#: characters XML cannot hold (C0 controls but tab and line ends, U+FFFE, U+FFFF): lxml
#: keeps them in an HTML tree, and trafilatura then drops the whole page while
#: serialising it, so one stray byte would lose the article. Removed before parsing,
#: as trafilatura's own loader does.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _parse_html(text: str):
    """An lxml tree from a hardened parser: no network, no DTD, no entities, no huge
    trees; characters XML cannot hold are removed first (:data:`_NOT_XML`)."""
    import lxml.html
    from lxml import etree

    text = _NOT_XML.sub("", text)
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True,
                                  remove_pis=True, collect_ids=False, default_doctype=False,
                                  huge_tree=False)
    try:
        return lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _html(sid: str, path: Path, text: str) -> Article:
    import trafilatura

    _quiet_loggers()
    tree = _parse_html(text)
    if tree is None:
        raise InputError("HTML page with no main text (nothing to parse)")
    posted, updated = _meta_times(tree)  # before trafilatura prunes the tree
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not any(len(line.split()) >= MIN_MAIN_TEXT_WORDS for line in body.splitlines()):
        raise InputError("HTML page with no main text")
    title = getattr(doc, "title", None)
    full = body if not title or body.lstrip().startswith(title) else f"{title}\n\n{body}"
    day = getattr(doc, "date", None)
    if posted and (not day or posted[:10] == str(day)[:10]):
        day = posted  # the same day with its clock time
    return _article(sid, path, full, title=title, outlet=getattr(doc, "sitename", None),
                    published=day, url=getattr(doc, "url", None), updated=updated)


@cache
def _html_time_names() -> tuple[frozenset[str], frozenset[str]]:
    d = load("ingest")["html_times"]
    return frozenset(n.lower() for n in d["published"]), frozenset(n.lower() for n in d["updated"])


def _meta_times(tree: Any) -> tuple[str | None, str | None]:
    """The publication and update times of a page's meta tags that give a clock time
    (data/ingest.json ``html_times``): ISO 8601 as written; None where no tag gives one."""
    published, updated = _html_time_names()
    got: dict[str, str] = {}
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or "").strip()
        kind = "published" if name in published else "updated" if name in updated else None
        if kind and kind not in got and published_at(value) is not None:
            got[kind] = value
    return got.get("published"), got.get("updated")


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a JSON export's body): one block a line,
    scripts and styles dropped."""
    tree = _parse_html(f"<html><body>{fragment}</body></html>")
    if tree is None:
        return ""
    for bad in list(tree.iter("script", "style", "noscript", "template")):
        bad.drop_tree()
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in tree.iter(*wordseq("ingest", "block_tags")):
        el.tail = "\n\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------- text

_LINE_END = re.compile(r"\r\n|\r|\n")


# ---------------------------------------------------------------- boilerplate

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _boilerplate_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """data/boilerplate.json's whole-line ``patterns`` (fullmatch) and its ``contains``
    (search: found anywhere in the line, the same as fullmatch with '.*' on both sides)."""
    d = load("boilerplate")
    return (re.compile("|".join(f"(?:{p})" for p in d["patterns"]), re.I),
            re.compile("|".join(f"(?:{p})" for p in d["contains"]), re.I))


_BOILER: tuple[re.Pattern[str], re.Pattern[str]] | None = None


@cache
def _link_list() -> tuple[re.Pattern[str], re.Pattern[str], int, tuple[str, ...]]:
    """A header of a list of links to other stories, a bullet, the most words of a
    link's headline and the marks that end a sentence (data/boilerplate.json ``list_headers``)."""
    d = load("boilerplate")["list_headers"]
    return (re.compile("|".join(f"(?:{p})" for p in d["patterns"]), re.I), re.compile(d["bullet"]),
            int(d["link_words"]), tuple(d["sentence_ends"]))


def _a_link(line: str) -> bool:
    """A line shaped like a link in a list of other stories: opened by a bullet, or a
    short headline with no full stop ('Two hurt in Elm Street crash')."""
    _, bullet, most, ends = _link_list()
    return bool(bullet.match(line)) or len(line.split()) <= most and not line.endswith(ends)


@cache
def _inline_shape() -> tuple[int, tuple[str, ...], frozenset[str], frozenset[str], int]:
    """The fewest words of a line of prose, the marks that end no headline either, the
    words that open a sentence, not a headline, the words a sentence keeps and a
    headline leaves out, and the most words of a name under a picture (data/boilerplate.json
    ``inline_links``)."""
    d = load("boilerplate")["inline_links"]
    return (int(d["prose_words"]), tuple(d["also_ends"]), frozenset(d["not_first"]), frozenset(d["sentence_words"]),
            int(d["name_words"]))


def _headline_shaped(words: list[str], not_first: frozenset[str], kept: frozenset[str], name_words: int) -> bool:
    """Words shaped like a headline: the first capitalised and no sentence's opener, no
    auxiliary a sentence keeps, and not a few words capitalised throughout (a name under a
    picture; a longer line so is a headline in title case)."""
    return (words[0][:1].isupper() and words[0].lower() not in not_first and not any(w.lower() in kept for w in words)
            and not (len(words) <= name_words and all(w[:1].isupper() for w in words)))


def _inline_links(lines: list[str]) -> set[int]:
    """The indexes of the non-blank ``lines`` that are another story's headline printed
    inline: headline-shaped, between two lines of prose, after the first line of prose
    (``inline_links``; 'Woman held after Elm Street stabbing' between two paragraphs). A
    picture's caption is a line of prose too: its sentences end before the photo credit that
    closes it (data/boilerplate.json ``gallery`` ``credit``: 'Officers at the store on Friday.
    (Photo: Dana Reyes)'), so a headline over or under a caption is read as one between two
    paragraphs (session 33, tidy49: a linked headline above a caption gave a page a charge)."""
    _, _, most, ends = _link_list()
    fewest, also, not_first, kept, name_words = _inline_shape()
    credit = _gallery()[0]

    def prose(line: str) -> bool:
        if (m := credit.search(line)) and line[:m.start()].rstrip().endswith(ends):
            line = line[:m.start()].rstrip()  # a caption: its words before the credit
        return len(line.split()) >= fewest and line.endswith(ends) and not line.endswith(":")

    out = set()
    for k in range(2, len(lines) - 1):
        words = lines[k].split()
        if (3 <= len(words) <= most and not lines[k].endswith(ends + also) and _headline_shaped(words, not_first, kept, name_words)
                and prose(lines[k - 1]) and prose(lines[k + 1])
                and any(prose(x) for x in lines[:k - 1])):
            out.add(k)
    return out


@cache
def _gallery() -> tuple[re.Pattern[str], int, float]:
    """A line ending with a photo credit, the fewest such lines of a gallery and their
    least share of the lines after the headline (data/boilerplate.json ``gallery``)."""
    d = load("boilerplate")["gallery"]
    return re.compile(rf"(?:{d['credit']})\s*$", re.I), int(d["least"]), float(d["share"])


def _gallery_captions(lines: list[str]) -> set[int]:
    """The indexes of the non-blank ``lines`` that are a gallery's captions: every line
    after the first that ends with a photo credit, where there are at least ``least`` and
    they are at least ``share`` of the lines after the first (a page of pictures, not an
    article that prints a caption or two among its paragraphs)."""
    credit, least, share = _gallery()
    out = {k for k, line in enumerate(lines) if k and credit.search(line)}
    return out if len(out) >= least and len(out) >= share * (len(lines) - 1) else set()


def boilerplate_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every line that is page furniture: a line of
    data/boilerplate.json ``patterns`` or with one of its ``contains`` in it, a list of links to
    other stories (a ``list_headers`` line and the link-shaped lines after it: :func:`_a_link`),
    another story's headline printed between paragraphs (:func:`_inline_links`), and the
    captions of a page that is a photo gallery (:func:`_gallery_captions`)."""
    global _BOILER
    if _BOILER is None:
        _BOILER = _boilerplate_re()
    whole, anywhere = _BOILER
    header = _link_list()[0]
    lines = [(m.start(), m.group().rstrip("\r\n")) for m in _LINE.finditer(text) if m.group().strip()]
    stripped = [line.strip() for _, line in lines]
    inline = _inline_links(stripped) | _gallery_captions(stripped)
    spans = []
    in_list = False
    for k, (start, raw) in enumerate(lines):
        line = raw.strip()
        opens = bool(header.fullmatch(line))
        in_list = opens or in_list and _a_link(line)
        stamp = _stamp_before_sentence(line)
        if in_list or k in inline or not stamp and whole.fullmatch(line) or anywhere.search(line):
            spans.append((start, start + len(raw)))
        elif stamp:
            lead = len(raw) - len(raw.lstrip())
            spans.append((start + lead, start + lead + stamp))
    return tuple(spans)


@cache
def _stamp() -> re.Pattern[str]:
    """An update stamp that may open a line (data/boilerplate.json ``stamp_prefix``)."""
    return re.compile(load("boilerplate")["stamp_prefix"]["pattern"], re.I)


def _stamp_before_sentence(line: str) -> int:
    """The length of the update stamp that opens ``line`` when the rest of the line is a
    sentence of the story ('Updated at 9:40 a.m. ET: Deputies said three men were shot in a van
    on Elm Road late on Sunday.': at least ``inline_links`` ``prose_words`` words, ending a
    sentence); else 0. Only the stamp is furniture then: the sentence is read and the stamp's
    time is not taken for the event's. Session 40, age58, issue 13, from the even half."""
    m = _stamp().match(line)
    if m is None:
        return 0
    rest = line[m.end():].strip()
    ok = len(rest.split()) >= _inline_shape()[0] and rest.rstrip("\"'”’)").endswith(_link_list()[3])
    return len(m.group().rstrip()) if ok else 0


def _article(sid: str, path: Path, text: str, *, title: str | None = None,
             outlet: str | None = None, published: str | None = None,
             url: str | None = None, where: str | None = None, date_from: int = 0,
             updated: str | None = None) -> Article:
    """An Article; without a publication date from metadata, the date its own lines
    state (a "Posted ..." line, a dateline: reconcile/text/pubdates.py), read from
    ``text[date_from:]`` (after Markdown front matter) and given as ISO 8601, with the line's
    clock time where it gives one; without an outlet from metadata, the one its own lines
    name (a page title's site name, a dateline, a copyright line: reconcile/text/outlets.py),
    with where it was read."""
    if not published:
        published = find_stamp(text[date_from:])
    elif len(published.strip()) == 10:  # a day alone: its clock time from the page's own line of that day
        own = find_stamp(text[date_from:])
        if own and len(own) > 10 and own[:10] == published.strip():
            published = own
    if not updated:
        updated = find_update_stamp(text[date_from:])
    outlet_from = None
    if not (outlet and outlet.strip()):
        named = find_outlet(text[date_from:])
        outlet, outlet_from = (named.outlet, named.rule) if named else (None, None)
    return Article(id=sid, path=shown(path), text=text, title=title, outlet=outlet,
                   published=published, url=url, where=where, masked=boilerplate_spans(text),
                   outlet_from=outlet_from, updated=updated)

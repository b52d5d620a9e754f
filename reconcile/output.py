"""Writing what reconcile outputs (a rendered report, a baseline) to a file: whole or
not at all, and never replacing what is not a regular file.

A regular file (or a new one) is written atomically: the text goes to a temporary file
in the target's own folder, is flushed to disk, then renamed over the target
(``os.replace``, atomic on POSIX and Windows): a reader never sees half a report, and a
failed run leaves any earlier report as it was. A symbolic link is followed (the file
it points to is replaced, the link stays). A character device (``/dev/null``,
``/dev/stdout`` on a terminal) or a FIFO (a named pipe, ``/dev/stdout`` on a pipe) is
opened and written into, as a shell's ``>`` would: never created, truncated or
replaced; a write that fails there (``/dev/full``) is an :class:`OutputError`.

Also the one way a file reconcile reads back whole (a baseline, a configuration file)
is read: :func:`read_text`, UTF-8 or a one-line error that names the path.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """The report cannot be written there; the message names the path and the reason."""


#: what a report is written into rather than replaced: character devices and FIFOs
_STREAMS = {stat.S_IFCHR: "a character device", stat.S_IFIFO: "a named pipe"}
_OTHERS = {stat.S_IFDIR: "is a folder; give a file name", stat.S_IFBLK: "is a block device; give a file name",
           stat.S_IFSOCK: "is a socket; give a file name"}


def _kind(path: Path) -> int | None:
    """The file type ``path`` leads to (links followed), or None when nothing is there."""
    try:
        return stat.S_IFMT(os.stat(path).st_mode)
    except FileNotFoundError:
        return None
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {e.strerror or e}") from None


def is_stream(path: Path) -> bool:
    """Whether ``path`` is a character device or a FIFO (written into, never replaced)."""
    return _kind(path) in _STREAMS


def check_target(path: Path) -> None:
    """Fail early (before the slow part of a run) when ``path`` cannot be written."""
    kind = _kind(path)
    if kind in _OTHERS:
        raise OutputError(f"{path}: {_OTHERS[kind]}")
    if kind in _STREAMS:
        if not os.access(path, os.W_OK):
            raise OutputError(f"{path}: {_STREAMS[kind]} that is not writable")
        return
    target = _target(path)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{path}: no such folder {parent}")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{path}: folder {parent} is not writable")


def _target(path: Path) -> Path:
    """The file to replace: ``path``, or the file its symbolic link points to."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_report(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (a string, or its pieces in order) to ``path``: into a device or a
    FIFO, else atomically."""
    check_target(path)
    if is_stream(path):
        write_into(path, text)
    else:
        write_atomic(_target(path), text)


def write_into(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` into the device or FIFO at ``path`` (opened without creating or
    truncating anything; a FIFO waits for its reader, as with a shell's ``>``)."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {e.strerror or e}") from None
    try:
        for piece in _pieces(text):
            view = memoryview(piece.encode("utf-8"))
            while view:
                n = os.write(fd, view)
                view = view[n:]
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {e.strerror or e}") from None
    finally:
        os.close(fd)


def _pieces(text: str | Iterable[str]) -> Iterable[str]:
    return [text] if isinstance(text, str) else text


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    check_target(path)
    if is_stream(path):  # never rename over a device or a FIFO
        raise OutputError(f"{path}: not a regular file")
    parent = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            for piece in _pieces(text):
                f.write(piece)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise OutputError(f"{path}: cannot write: {e.strerror or e}") from None
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def inside(path: Path, folders: list[Path]) -> Path | None:
    """The first of ``folders`` that would contain ``path``, if any."""
    target = path.resolve()
    for d in folders:
        if d.is_dir() and target.is_relative_to(d.resolve()):
            return d
    return None


def read_text(path: str | os.PathLike[str], error: type[Exception], *, cannot: str = "cannot read",
              not_text: str = "not UTF-8 text", because: dict[type[OSError], str] | None = None) -> str:
    """The text of the file ``path``, read as UTF-8; else ``error`` with a message that
    starts with the path: ``because``'s message for the first kind of OSError it names that
    matches, ``cannot`` and the system's reason for any other, ``not_text`` for bytes
    that are not UTF-8."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as e:
        why = next((msg for kind, msg in (because or {}).items() if isinstance(e, kind)), None)
        raise error(f"{path}: {why or f'{cannot} ({e.strerror or e})'}") from None
    except UnicodeDecodeError:
        raise error(f"{path}: {not_text}") from None

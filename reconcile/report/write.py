"""Writing a rendered report to a file: whole or not at all.

The text goes to a temporary file in the target's own folder, is flushed to disk, then
renamed over the target (``os.replace``, atomic on POSIX and Windows): a reader never
sees half a report, and a failed run leaves any earlier report as it was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class OutputError(Exception):
    """The report cannot be written there; the message names the path and the reason."""


def check_target(path: Path) -> None:
    """Fail early (before the slow part of a run) when ``path`` cannot be written."""
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{path}: no such folder {parent}")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{path}: folder {parent} is not writable")


def write_atomic(path: Path, text: str) -> None:
    check_target(path)
    parent = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
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

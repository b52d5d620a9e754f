"""The terminal: when to use colour, and the progress bar on stderr.

stdout carries only the report. Colour only when the stream is a terminal, ``NO_COLOR``
is unset or empty (https://no-color.org) and ``TERM`` is not ``dumb``. The progress bar
(rich.progress) goes to stderr, and only when stderr is a terminal that can redraw a
line (not ``TERM=dumb``); it disappears when the run ends. Until the last input has
been read the total is unknown (folders are read lazily) and the bar shows ``12/?``.
Lines written with :func:`warn` while a bar is drawn go above it, not through it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

Progress = Callable[[int, int | None], None]

#: the console of the bar being drawn, if any (warnings are printed through it)
_live = None


def tty(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal (False for a closed or replaced stream)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def no_color() -> bool:
    return bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"


def color(stream: TextIO | None = None) -> bool:
    """Whether to colour what goes to ``stream`` (default stdout)."""
    return tty(stream or sys.stdout) and not no_color()


def width(stream: TextIO | None = None, default: int = 100) -> int:
    """The columns of the terminal ``stream`` (default stdout) is, at least 60; ``default``
    when it is no terminal (a file, a pipe: the report keeps one width wherever it goes)."""
    stream = stream or sys.stdout
    if not tty(stream):
        return default
    try:
        return max(60, os.get_terminal_size(stream.fileno()).columns)
    except (OSError, ValueError, AttributeError):
        return default


def interactive(stream: TextIO | None = None) -> bool:
    """Whether ``stream`` (default stderr) can show a live progress bar."""
    return tty(stream or sys.stderr) and os.environ.get("TERM") != "dumb"


def warn(line: str) -> None:
    """One line on stderr, as given (the caller makes it safe), above a live bar if
    one is drawn."""
    if _live is not None:
        from rich.text import Text

        _live.print(Text(line), soft_wrap=True)
    else:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()


@contextmanager
def progress(label: str, stream: TextIO | None = None) -> Iterator[Progress | None]:
    """A ``progress(done, total)`` callback drawing a bar on stderr (``total`` None:
    not known yet), or None when stderr is not an interactive terminal."""
    global _live
    stream = stream or sys.stderr
    if not interactive(stream):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

    con = Console(file=stream, no_color=no_color(), highlight=False, markup=False, emoji=False)
    columns = (TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Bar(*columns, console=con, transient=True, redirect_stdout=False,
             redirect_stderr=False) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        _live = con
        try:
            yield update
        finally:
            _live = None

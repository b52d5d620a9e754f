"""Configuration files: ``[tool.reconcile]`` in ``pyproject.toml``, or ``reconcile.toml``.

Found from where the command runs, never from the articles: from the current folder
upwards, the first folder holding a ``reconcile.toml`` (keys at top level) or a
``pyproject.toml`` with a ``[tool.reconcile]`` table wins (``reconcile.toml`` first
within one folder); the search stops after the repository root (a folder holding
``.git``) or at the filesystem root. A file inside a folder given as input is passed
over (the search goes on above it): a folder of articles cannot switch failures off
or change the format. ``--config FILE`` names one instead, wherever it is.

Keys (all optional; the command line beats the file, the file beats the defaults)::

    fail-on = "differ"            # conflict | differ | never
    format = "markdown"           # any format of `reconcile check --format`
    max-bytes = 2_000_000         # skip larger files
    ignore = ["3f2a9c0d41be…"]    # findings never reported, by fingerprint or id

    [aliases]                     # name variants -> canonical name (people and places)
    "Hawler" = "Erbil"
    # or as lists, the first name canonical:  aliases = [["Erbil", "Hawler", "Arbil"]]

    [measures.evacuated]          # extra measure words (lemmas), merged into the lexicon
    verbs = ["evacuate"]
    nouns = ["evacuee"]
    adjectives = []

A file that is not TOML, an unknown key or a value of the wrong type raises
:class:`ConfigError` with a one-line message naming the file and the key.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .output import read_text
from .records import FAIL_ON
from .report import RENDERERS
from .text.lexicon import PARTS, MeasureWords

#: the output formats a file may name (every format of ``check``)
FORMATS = tuple(RENDERERS)
_MEASURE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_HEX = re.compile(r"^[0-9a-f]+$")


class ConfigError(Exception):
    """A configuration that cannot be used; the message is one line naming the file."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    fail_on: str | None = None
    format: str | None = None
    max_bytes: int | None = None
    min_confidence: float | None = None
    ignore: tuple[str, ...] = ()
    aliases: dict[str, str] = field(default_factory=dict)
    measures: MeasureWords = ()


#: the keys a configuration file may set: the fields of :class:`Config` but its path
KEYS = tuple(f.name.replace("_", "-") for f in fields(Config) if f.name != "path")


def find(paths: Sequence[str | os.PathLike[str]] = (), start: str | os.PathLike[str] | None = None) -> Path | None:
    """The configuration file for a run on ``paths`` started in ``start`` (default: the
    current folder), or None. Files inside a folder among ``paths`` are passed over."""
    here = Path(start if start is not None else os.getcwd()).absolute()
    inputs = [Path(p).resolve() for p in paths if Path(p).is_dir()]

    def in_input(f: Path) -> bool:
        real = f.resolve()
        return any(real.is_relative_to(d) for d in inputs)

    for folder in (here, *here.parents):
        own = folder / "reconcile.toml"
        if own.is_file() and not in_input(own):
            return own
        py = folder / "pyproject.toml"
        if py.is_file() and not in_input(py) and _has_table(py):
            return py
        if (folder / ".git").exists():
            return None
    return None


def _has_table(pyproject: Path) -> bool:
    """Whether a pyproject.toml has [tool.reconcile] (a broken one is reported by load)."""
    try:
        doc = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        try:
            return "[tool.reconcile" in pyproject.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    return isinstance(doc.get("tool"), dict) and "reconcile" in doc["tool"]


def load(path: str | os.PathLike[str]) -> Config:
    p = Path(path)
    text = read_text(p, ConfigError, because={FileNotFoundError: "no such configuration file",
                                              IsADirectoryError: "is a folder, not a configuration file"})
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: invalid TOML: {' '.join(str(e).split())}") from None
    if p.name == "pyproject.toml":
        tool = doc.get("tool", {})
        table = tool.get("reconcile") if isinstance(tool, dict) else None
        where = "[tool.reconcile]"
        if table is None:
            raise ConfigError(f"{p}: no [tool.reconcile] table")
    else:
        table = doc.get("tool", {}).get("reconcile", doc) if isinstance(doc.get("tool"), dict) else doc
        where = ""
    if not isinstance(table, dict):
        raise ConfigError(f"{p}: {where or 'the file'} must be a table")
    return parse(table, p, where)


def parse(table: dict[str, Any], path: Path | None = None, where: str = "") -> Config:
    name = f"{path}: " if path else ""

    def bad(key: str, msg: str) -> ConfigError:
        return ConfigError(f"{name}{where + ' ' if where else ''}{key}: {msg}")

    for key in table:
        if key not in KEYS:
            hint = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1)
            msg = f"did you mean '{hint[0]}'?" if hint else f"expected one of {', '.join(KEYS)}"
            raise bad(key, f"unknown key ({msg})")
    cfg: dict[str, Any] = {"path": path}
    if "fail-on" in table:
        v = table["fail-on"]
        if v not in FAIL_ON:
            raise bad("fail-on", f"expected one of {', '.join(FAIL_ON)}, got {v!r}")
        cfg["fail_on"] = v
    if "format" in table:
        v = table["format"]
        if v not in FORMATS:
            raise bad("format", f"expected one of {', '.join(FORMATS)}, got {v!r}")
        cfg["format"] = v
    if "max-bytes" in table:
        v = table["max-bytes"]
        if isinstance(v, bool) or not isinstance(v, int) or v < 1:
            raise bad("max-bytes", f"expected a positive whole number of bytes, got {v!r}")
        cfg["max_bytes"] = v
    if "min-confidence" in table:
        v = table["min-confidence"]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
            raise bad("min-confidence", f"expected a number from 0 to 1, got {v!r}")
        cfg["min_confidence"] = float(v)
    if "ignore" in table:
        cfg["ignore"] = _ignore(table["ignore"], bad)
    if "aliases" in table:
        cfg["aliases"] = _aliases(table["aliases"], bad)
    if "measures" in table:
        cfg["measures"] = _measures(table["measures"], bad)
    return Config(**cfg)


def _strings(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _ignore(v: Any, bad) -> tuple[str, ...]:
    if not _strings(v):
        raise bad("ignore", "expected a list of fingerprints (strings)")
    out = []
    for x in v:
        x = x.strip().lower()
        if not _HEX.match(x) or len(x) not in (12, 32):
            raise bad("ignore", f"{x!r} is not a fingerprint (32 hex digits) or a finding id (12)")
        out.append(x)
    return tuple(dict.fromkeys(out))


def _aliases(v: Any, bad) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(v, dict):
        for k, canon in v.items():
            if not isinstance(canon, str) or not canon.strip() or not k.strip():
                raise bad("aliases", f"{k!r} must map to a non-empty name")
            out[k.strip()] = canon.strip()
    elif isinstance(v, list) and all(_strings(g) for g in v):
        for g in v:
            names = [x.strip() for x in g if x.strip()]
            if len(names) < 2:
                raise bad("aliases", f"each list needs two names or more, got {g!r}")
            for n in names[1:]:
                out[n] = names[0]
    else:
        raise bad("aliases", "expected a table (variant = canonical) or a list of lists of names")
    return out


def _measures(v: Any, bad) -> MeasureWords:
    if not isinstance(v, dict):
        raise bad("measures", "expected a table of measures, e.g. [measures.evacuated]")
    words: list[tuple[str, str, str]] = []
    for measure, parts in v.items():
        if not _MEASURE_NAME.match(measure):
            raise bad(f"measures.{measure}", "a measure name is lower-case letters, digits and _")
        if not isinstance(parts, dict):
            raise bad(f"measures.{measure}", f"expected a table with {', '.join(PARTS)}")
        for part, ws in parts.items():
            if part not in PARTS:
                raise bad(f"measures.{measure}.{part}", f"unknown key (expected one of {', '.join(PARTS)})")
            if not _strings(ws) or not all(w.strip() for w in ws):
                raise bad(f"measures.{measure}.{part}", "expected a list of words")
            words.extend((measure, part, w.strip().lower()) for w in ws)
    return tuple(sorted(set(words)))


def choose(cli, file, default):
    """Command line beats file beats defaults (None = not given)."""
    return cli if cli is not None else file if file is not None else default


def resolve(paths: Iterable[str | os.PathLike[str]], explicit: str | os.PathLike[str] | None) -> Config:
    """The configuration for a run: ``explicit`` if given, else the one :func:`find`
    finds, else the empty configuration."""
    if explicit is not None:
        return load(explicit)
    found = find(list(paths))
    return load(found) if found else Config()

"""Word lists and ranges as JSON, each with the sources it was built from.

Loaded lazily through importlib.resources; imports nothing from reconcile.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

#: the data files, by name without .json: every JSON file of this package
NAMES = tuple(sorted(p.name.removesuffix(".json") for p in resources.files(__package__).iterdir()
                     if p.name.endswith(".json")))


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed JSON data file ``name`` (without .json)."""
    if name not in NAMES:
        raise KeyError(f"no data file {name!r}; expected one of {', '.join(NAMES)}")
    text = resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def wordset(name: str, key: str, field: str = "words") -> frozenset[str]:
    """The word list ``load(name)[key][field]`` as a set (membership tests)."""
    return frozenset(load(name)[key][field])


@cache
def wordseq(name: str, key: str, field: str = "words") -> tuple[str, ...]:
    """The word list ``load(name)[key][field]`` in the file's order (where the first match
    wins or the order is shown)."""
    return tuple(load(name)[key][field])

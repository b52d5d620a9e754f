"""Word lists and ranges as JSON, each with the sources it was built from.

Loaded lazily through importlib.resources; imports nothing from reconcile.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

NAMES = ("hedges", "vague", "measures", "reporting_verbs", "titles", "boilerplate", "casualty_patterns",
         "pubdates", "persons", "compare", "speakers", "facts", "units", "quantities", "victims")


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed JSON data file ``name`` (without .json)."""
    if name not in NAMES:
        raise KeyError(f"no data file {name!r}; expected one of {', '.join(NAMES)}")
    text = resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)

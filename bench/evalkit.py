"""Pieces the bench scripts share with ../shared/eval, without loading spaCy.

``eval_module(name)`` imports one of the scorers in ../shared/eval (score_accounts,
score_planted, ...) so a bench script scores with the scorer's own functions;
``quant_match`` is ``score_claims.py quant``'s matching rule, which that scorer keeps
inside a function. The scorers and data are found in ``../shared/eval`` beside the
checkout, or where ``SHARED_EVAL`` says (a git worktree elsewhere).
"""

from __future__ import annotations

import importlib.util
import math
import os
import pathlib
import re
from types import ModuleType

ROOT = pathlib.Path(__file__).resolve().parent.parent
#: ../shared/eval beside the checkout; SHARED_EVAL names it from a git worktree elsewhere
EVAL = pathlib.Path(os.environ.get("SHARED_EVAL") or ROOT.parent / "shared" / "eval")


def eval_module(name: str) -> ModuleType:
    """The scorer ``../shared/eval/<name>.py``, imported."""
    spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def autogroup() -> int | None:
    """The kernel's autogroup scheduling (1 on, 0 off; None where there is no such
    setting). When it is on, CPU time is shared between terminal sessions before nice
    values count: a benchmark's neighbours started from other sessions with ``nice`` are
    not held back (on this machine they took 40 to 70% of a core each beside Dask workers
    at 15 to 35%; docs/scale.md). Turn it off for timing: ``echo 0 >
    /proc/sys/kernel/sched_autogroup_enabled`` (as root)."""
    try:
        return int(pathlib.Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip())
    except (OSError, ValueError):
        return None


def nums(s) -> list[float]:
    """The numbers written in a gold value ('25,000', '[10, 20]', 0.5)."""
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", str(s).replace(",", ""))]


def quant_match(value: dict, gold: dict) -> bool:
    """``score_claims.py quant``'s rule: one gold number equals the nominal (or low == high);
    two gold numbers equal {low, high}."""
    g = nums(gold["value"])
    lo, hi, nom = value.get("low"), value.get("high"), value.get("nominal")
    if len(g) == 1:
        x = nom if nom is not None else (lo if lo is not None and lo == hi else None)
        return x is not None and math.isclose(float(x), g[0], rel_tol=1e-6, abs_tol=1e-9)
    if len(g) == 2 and lo is not None and hi is not None:
        return sorted(g) == sorted([float(lo), float(hi)])
    return False

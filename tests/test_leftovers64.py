"""Session 44, review64: a rule taken out leaves no helper of its own behind. Every private
module-level function of reconcile/ is called (or named) somewhere in reconcile/: a helper only the
taken-out rules used goes with them (session 43's audit61 removals left accounts._noun_head, which
only evt59's _victim_moved and _others_of_the_shot read)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "reconcile"


def test_every_private_helper_of_the_package_is_used():
    used: set[str] = set()
    defined: list[tuple[str, str]] = []
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                used.add(node.id)
            elif isinstance(node, ast.Attribute):
                used.add(node.attr)
        defined += [(path.relative_to(ROOT.parent).as_posix(), n.name) for n in tree.body
                    if isinstance(n, ast.FunctionDef) and n.name.startswith("_") and not n.name.startswith("__")]
    assert [d for d in defined if d[1] not in used] == []

"""The house's figures for issue 16 ("What it must show", 3), read from the code with ``ast``.

    python bench/house.py            # the counts
    python bench/house.py --list     # and where each one is

- functions longer than 80 lines (issue: none);
- lists, tuples and sets of five or more string literals written in code, and
  multi-word strings split into a list (``"a b c d e".split()``) (issue: at most 10 in the
  package); regular expressions written with five or more word alternatives are counted
  apart (``word_regexes``): word lists too, in another dress;
- imports of reconcile modules inside functions (issue: at most 8), as tests/test_layering.py
  reads them (it asserts the bound).

Import circles are asserted by tests/test_layering.py.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PKG = ROOT / "reconcile"
MAX_LINES = 80
MIN_WORDS = 5


def _strings(node: ast.AST) -> int:
    elts = getattr(node, "elts", None)
    if elts is None:
        return 0
    return sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elts)


def _word_lists(tree: ast.AST) -> list[int]:
    """Line numbers of word lists written in code (``__all__`` is no word list)."""
    out = []
    names = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)}
    for n in ast.walk(tree):
        if id(n) in names:
            continue
        if isinstance(n, (ast.List, ast.Tuple, ast.Set)) and _strings(n) >= MIN_WORDS and _strings(n) == len(n.elts):
            out.append(n.lineno)
        elif (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "split"
              and isinstance(n.func.value, ast.Constant) and isinstance(n.func.value.value, str)
              and len(n.func.value.value.split()) >= MIN_WORDS):
            out.append(n.lineno)
        elif (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "compile"
              and n.args and isinstance(n.args[0], ast.Constant) and isinstance(n.args[0].value, str)
              and len(re.findall(r"\|[a-z][a-z' ]+", n.args[0].value)) >= MIN_WORDS - 1):
            out.append(-n.lineno)  # 'foo|bar|baz|...' word alternatives in a regular expression
    return sorted(set(out), key=abs)


def _local_imports() -> list[str]:
    """Imports of the package's modules inside functions, read by tests/test_layering.py's
    own reader (one rule for the test's bound and this count)."""
    spec = importlib.util.spec_from_file_location("test_layering", ROOT / "tests" / "test_layering.py")
    layering = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(layering)
    found, _external = layering.imports()
    return [f"reconcile/{layering.modules()[i.source].relative_to(PKG).as_posix()}:{i.line} -> {i.target}"
            for i in found if i.in_function]


def measure() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"long_functions": [], "word_lists": [], "word_regexes": [], "local_imports": []}
    for p in sorted(PKG.rglob("*.py")):
        rel = p.relative_to(ROOT).as_posix()
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for n in ast.walk(tree):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > MAX_LINES:
                found["long_functions"].append(f"{rel}:{n.lineno} {n.name} ({n.end_lineno - n.lineno + 1} lines)")
        lists = _word_lists(tree)
        found["word_lists"] += [f"{rel}:{i}" for i in lists if i > 0]
        found["word_regexes"] += [f"{rel}:{-i}" for i in lists if i < 0]
    found["local_imports"] = _local_imports()
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="also say where each one is")
    a = ap.parse_args()
    found = measure()
    print(json.dumps({k: len(v) for k, v in found.items()}))
    if a.list:
        for k, v in found.items():
            print(f"\n{k}:")
            print("\n".join(f"  {x}" for x in v))


if __name__ == "__main__":
    main()

"""The package's imports point one way: each stage imports only the stages below it.

Read from the source with ``ast`` (no module is imported): every ``import`` and ``from
... import``, relative or absolute, at module level or inside a function, that names a
module of the package. Imports under ``if TYPE_CHECKING:`` count too: a renderer typed
with a Diff depends on the module that makes it, whether or not the import runs.
A name imported from a package counts as an import of its submodule when there is
one (``from . import numbers`` imports ``reconcile.text.numbers``), else of the package.
"""

from __future__ import annotations

import ast
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "reconcile"

#: the stages, lowest first (issue 16: records, data and text <- ingest <- nlp <- extract
#: <- accounts <- events <- align <- compare <- pipeline <- report <- cli). A module
#: belongs to the layer of the longest name listed that is the module or a package
#: holding it; it may import its own layer and the layers below, never one above. Only
#: layers from ``nlp`` up may import spaCy.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # records and the helpers that need neither spaCy nor any stage: word lists (data),
    # text helpers (numbers, dates, place and time names, line offsets), the files
    # reconcile writes and reads back (output, saved, marker), fingerprints, the model's
    # name, the terminal
    ("records, data and text", ("reconcile", "reconcile.records", "reconcile.data", "reconcile.text",
                                "reconcile.output", "reconcile.saved", "reconcile.marker",
                                "reconcile.fingerprint", "reconcile.models", "reconcile.console")),
    ("ingest", ("reconcile.ingest",)),
    ("nlp", ("reconcile.nlp", "reconcile.fastpath")),
    # the claims of a text, their cache, and the workers that run nlp and extract (in
    # processes here or on a Dask cluster)
    ("extract", ("reconcile.extract", "reconcile.cache", "reconcile.workers", "reconcile.cluster")),
    # each source's account; the scenes of a page (scenes), which the account reads
    ("accounts", ("reconcile.accounts", "reconcile.scenes")),
    # the folder's articles grouped into events (events); the accounts' when and where (facts,
    # places);
    # saved claims (shard), whose source lines carry the articles' sketches and signatures
    ("events", ("reconcile.events", "reconcile.facts", "reconcile.places", "reconcile.towns",
                "reconcile.shard")),
    ("align", ("reconcile.align",)),
    # findings judged; held against a baseline of earlier ones; two reports' findings
    # matched (diff); a claim in a few words, safe for a terminal (describe); the one victim
    # of a kind as unnamed sources describe it (lone)
    ("compare", ("reconcile.compare", "reconcile.baseline", "reconcile.diff", "reconcile.describe",
                 "reconcile.lone")),
    ("pipeline", ("reconcile.pipeline",)),
    ("report", ("reconcile.report",)),
    ("cli", ("reconcile.cli", "reconcile.__main__", "reconcile.config")),
)
SPACY_FROM = "nlp"
#: imports of the package's modules inside functions allowed in all (the issue's bound)
MAX_FUNCTION_IMPORTS = 8


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module of the package
    line: int
    in_function: bool


def _name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules(root: Path = PACKAGE) -> dict[str, Path]:
    return {_name(p, root): p for p in sorted(root.rglob("*.py"))}


def _statements(tree: ast.AST):
    """(import node, inside a function) for every import."""
    def walk(node: ast.AST, in_function: bool):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child, in_function
            yield from walk(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                       ast.Lambda)))
    yield from walk(tree, False)


def _known(name: str, mods: dict[str, Path]) -> str | None:
    while name and name not in mods:
        name = name.rpartition(".")[0]
    return name or None


@cache
def imports(root: Path = PACKAGE) -> tuple[list[Import], dict[str, set[str]]]:
    """The package's imports of its own modules, and every top-level package each module imports."""
    mods = modules(root)
    top = root.name
    out: list[Import] = []
    external: dict[str, set[str]] = {}
    for mod, path in mods.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        for node, in_function in _statements(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    where = ".".join(base + ([node.module] if node.module else []))
                else:
                    where = node.module or ""
                names = [f"{where}.{a.name}" if f"{where}.{a.name}" in mods else where for a in node.names]
            for n in names:
                if n.split(".")[0] != top:
                    external.setdefault(mod, set()).add(n.split(".")[0])
                    continue
                target = _known(n, mods)
                if target and target != mod:
                    out.append(Import(mod, target, node.lineno, in_function))
    return list(dict.fromkeys(out)), external


def layer_of(mod: str) -> int:
    """The layer of ``mod``: of the longest name listed that is ``mod`` or a package
    holding it (the package root, ``reconcile``, holds only itself)."""
    best, level = -1, None
    for i, (_, names) in enumerate(LAYERS):
        for n in names:
            if (mod == n or (n != "reconcile" and mod.startswith(n + "."))) and len(n) > best:
                best, level = len(n), i
    assert level is not None, f"{mod} is in no layer: add it to LAYERS in {__file__}"
    return level


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_every_module_has_a_layer():
    for mod in modules():
        layer_of(mod)


def test_no_import_circle():
    edges: dict[str, set[str]] = {}
    for imp in imports()[0]:
        edges.setdefault(imp.source, set()).add(imp.target)
    assert cycles(edges) == []


def test_imports_point_down_the_layers():
    upward = [f"{i.source}:{i.line} ({LAYERS[layer_of(i.source)][0]}) imports {i.target} "
              f"({LAYERS[layer_of(i.target)][0]})"
              for i in imports()[0] if layer_of(i.target) > layer_of(i.source)]
    assert upward == []


def test_only_nlp_and_the_stages_above_import_spacy():
    lowest = [name for name, _ in LAYERS].index(SPACY_FROM)
    below = sorted(m for m, pkgs in imports()[1].items() if "spacy" in pkgs and layer_of(m) < lowest)
    assert below == []


def test_few_imports_inside_functions():
    inside = sorted({(i.source, i.line) for i in imports()[0] if i.in_function})
    assert len(inside) <= MAX_FUNCTION_IMPORTS, inside


def test_the_reader_sees_imports_of_every_kind(tmp_path):
    """The reader itself, on a package of its own: relative and absolute, of a module and
    of a name, at module level, inside a function and under TYPE_CHECKING."""
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "low.py": "import json\n",
        "sub/__init__.py": "from .leaf import thing\n",
        "sub/leaf.py": "import spacy.tokens\nthing = 1\n",
        "top.py": ("from typing import TYPE_CHECKING\nimport pkg.low\nfrom .sub import leaf, thing\n"
                   "if TYPE_CHECKING:\n    from . import low\n"
                   "def f():\n    from .sub.leaf import thing\n    return thing\n"),
    }
    for name, text in files.items():
        (pkg / name).write_text(text, encoding="utf-8")
    found, external = imports(pkg)
    assert sorted((i.source, i.target, i.line, i.in_function) for i in found) == [
        ("pkg.sub", "pkg.sub.leaf", 1, False),
        ("pkg.top", "pkg.low", 2, False),
        ("pkg.top", "pkg.low", 5, False),
        ("pkg.top", "pkg.sub", 3, False),  # thing: a name of the package
        ("pkg.top", "pkg.sub.leaf", 3, False),  # leaf: its submodule
        ("pkg.top", "pkg.sub.leaf", 7, True),
    ]
    assert external == {"pkg.low": {"json"}, "pkg.sub.leaf": {"spacy"}, "pkg.top": {"typing"}}
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_spacy_factory_is_an_entry_point():
    """A pipeline saved with reconcile's components loads elsewhere (spacy.load finds
    factories through the ``spacy_factories`` entry points): each ``@Language.factory``
    in the package, and each component made with ``extract.component.register`` (``make_x =
    register("reconcile_x", ...)``), is listed in pyproject.toml, pointing at its function."""
    root = Path(__file__).resolve().parent.parent
    listed = tomllib.loads((root / "pyproject.toml").read_text())["project"]["entry-points"]["spacy_factories"]
    found = {}
    for p in (root / "reconcile").rglob("*.py"):
        mod = ".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")  # a package's own
        for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(n, ast.FunctionDef):
                for d in n.decorator_list:
                    if (isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute) and d.func.attr == "factory"
                            and d.args and isinstance(d.args[0], ast.Constant)):
                        found[d.args[0].value] = f"{mod}:{n.name}"
            if (isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
                    and isinstance(n.value, ast.Call) and isinstance(n.value.func, ast.Name)
                    and n.value.func.id == "register" and n.value.args and isinstance(n.value.args[0], ast.Constant)):
                found[n.value.args[0].value] = f"{mod}:{n.targets[0].id}"
    assert found and found == listed

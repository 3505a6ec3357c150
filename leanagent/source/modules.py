"""Lean modules on disk: which source file is which module, what it imports, a build order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from leanagent.source.header import header_imports
from leanagent.source.imports import ModuleGraphError, import_graph

SKIP_DIRS = frozenset({".lake", "build", ".git", "lake-packages"})
TEMP_MARK = "_leanagent_"
"""In the name of our short-lived copies of a source file (a re-check before write-back):
never a module of the project, and gone at any moment."""


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    imports: tuple[str, ...]
    """Every module the header imports, local or not."""
    source: str
    """The text the imports were read from (a consistent snapshot for builds)."""


def module_name(root: Path, path: Path) -> str:
    """``root/A/B.lean`` is module ``A.B``."""
    return ".".join(path.relative_to(root).with_suffix("").parts)


def module_root(module: Module) -> Path:
    """The source root ``module`` is named against (its project's, for a required project's module)."""
    return module.path.parents[len(module.name.split(".")) - 1]


def module_path(root: Path, name: str) -> Path:
    return root.joinpath(*name.split(".")).with_suffix(".lean")


def read_module(root: Path, path: Path) -> Module:
    text = path.read_text(encoding="utf-8")
    return Module(module_name(root, path), path, tuple(header_imports(text)), text)


def source_files(root: Path) -> list[Path]:
    """All ``.lean`` files under ``root``, skipping build and package folders and our temporary copies."""
    return sorted(
        p
        for p in root.rglob("*.lean")
        if not SKIP_DIRS.intersection(p.relative_to(root).parts) and TEMP_MARK not in p.name
    )


def reachable_modules(root: Path, start: str) -> dict[str, Module]:
    """``start`` and every module it imports, transitively, that must exist under ``root``.

    Imports whose first component differs from ``start``'s are not followed (they are
    not ours to build).
    """
    prefix = start.split(".")[0]
    found: dict[str, Module] = {}
    todo = [(start, "(root)")]
    while todo:
        name, importer = todo.pop()
        if name in found:
            continue
        path = module_path(root, name)
        if not path.is_file():
            raise ModuleGraphError(f"module {name} (imported by {importer}) not found at {path}")
        mod = read_module(root, path)
        found[name] = mod
        todo.extend((imp, name) for imp in mod.imports if imp.split(".")[0] == prefix)
    return found


def build_generations(modules: dict[str, Module]) -> list[list[Module]]:
    """Modules grouped so each group only imports modules of earlier groups."""
    graph = import_graph({m.name: [i for i in m.imports if i in modules] for m in modules.values()})
    return [
        [modules[n] for n in sorted(gen)] for gen in nx.topological_generations(graph.reverse(copy=False))
    ]

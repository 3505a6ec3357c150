"""The file import graph: which module imports which, as a networkx DAG.

An edge ``A -> B`` means module ``A`` imports ``B`` (LeanDojo's direction), so the
transitive successors of a module are everything it can see.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx


class ModuleGraphError(ValueError):
    """An import cycle or a missing local module."""


class ImportCycleError(ModuleGraphError):
    """Lean forbids cyclic imports; a cycle means the sources are broken."""


def import_graph(imports: Mapping[str, Iterable[str]]) -> nx.DiGraph:
    """Graph over modules from ``{module: imported modules}``; unknown imports become nodes."""
    graph = nx.DiGraph()
    for module, deps in imports.items():
        graph.add_node(module)
        for dep in deps:
            graph.add_edge(module, dep)
    if not nx.is_directed_acyclic_graph(graph):
        cycle = " -> ".join(a for a, _ in nx.find_cycle(graph))
        raise ImportCycleError(f"import cycle: {cycle}")
    return graph


def dependencies(graph: nx.DiGraph, module: str) -> set[str]:
    """Every module ``module`` imports, directly or transitively."""
    return nx.descendants(graph, module) if module in graph else set()


def build_order(graph: nx.DiGraph) -> list[str]:
    """Modules with every import before its importers (the order to compile or export)."""
    return list(reversed(list(nx.lexicographical_topological_sort(graph))))

"""Which premises a theorem may use: LeanDojo's rule, defined once, as masks over premises.

A theorem sees the declarations of every file its file imports, directly or transitively
(the core ``Init`` included), and those of its own file that end before it starts. The
database answers with it (``CorpusDB.accessible_premises``) and retrieval ranks within it
(``retrieval.corpus.PremiseCorpus``, which also reads LeanDojo's ``corpus.jsonl``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np

from leanagent.corpus.models import Pos

if TYPE_CHECKING:
    from leanagent.corpus.db import PremiseRow


@dataclass
class Accessibility:
    premises: list[PremiseRow]
    """In a fixed order: a mask's ``i``-th entry is about ``premises[i]``."""
    imports: dict[str, tuple[str, ...]]
    """File path -> the paths of the files it imports directly."""
    _by_path: dict[str, np.ndarray] = field(init=False, repr=False)
    _imported: dict[str, np.ndarray] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        by_path: dict[str, list[int]] = {}
        for i, p in enumerate(self.premises):
            by_path.setdefault(p.path, []).append(i)
        self._by_path = {path: np.array(ids, dtype=np.int64) for path, ids in by_path.items()}
        self._graph = nx.DiGraph()
        for path, deps in self.imports.items():
            self._graph.add_node(path)
            self._graph.add_edges_from((path, d) for d in deps)

    def __len__(self) -> int:
        return len(self.premises)

    def in_file(self, path: str) -> np.ndarray:
        return self._by_path.get(path, np.empty(0, dtype=np.int64))

    def imported_mask(self, path: str) -> np.ndarray:
        """Premises of every file ``path`` imports, directly or transitively."""
        if path not in self._imported:
            mask = np.zeros(len(self.premises), dtype=bool)
            deps = nx.descendants(self._graph, path) if path in self._graph else set()
            for dep in deps:
                mask[self.in_file(dep)] = True
            self._imported[path] = mask
        return self._imported[path]

    def accessible_mask(self, path: str, start: Pos | None) -> np.ndarray:
        """What a theorem at ``start`` in ``path`` may use; ``start=None``: imports only."""
        mask = self.imported_mask(path).copy()
        if start is not None:
            own = self.in_file(path)
            mask[own[[self.premises[i].end <= start for i in own]]] = True
        return mask

    def accessible(self, path: str, start: Pos | None) -> list[PremiseRow]:
        """The premises of ``accessible_mask``, in their order."""
        return [self.premises[i] for i in np.flatnonzero(self.accessible_mask(path, start))]

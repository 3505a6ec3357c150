"""The premise corpus retrieval ranks: every declaration, its file, and the import graph.

Read from the corpus database (what the prover's index covers) or from a LeanDojo
Benchmark 4 ``corpus.jsonl`` (what training and evaluation read, as in ReProver). Either
way accessibility is the corpus's one rule (``leanagent.corpus.access``): the
declarations of every file the theorem's file imports, transitively, plus those of its
own file that end before the theorem starts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from leanagent.corpus.access import Accessibility
from leanagent.corpus.db import CorpusDB, PremiseRow
from leanagent.corpus.leandojo_format import CORPUS, from_ld, module_of_path
from leanagent.corpus.models import Pos
from leanagent.source.header import read_header

MAX_PREMISE_CHARS = 1200
"""Long definitions are cut: the encoder reads at most ``max_seq_len`` tokens anyway."""


def premise_text(p: PremiseRow) -> str:
    """What the encoder reads for a premise: the full name (the code may use a short
    name inside a namespace), then its code (for theorems, the statement)."""
    return f"{p.full_name}\n{p.code[:MAX_PREMISE_CHARS]}"


@dataclass(frozen=True)
class TheoremPos:
    path: str
    start: Pos


@dataclass
class PremiseCorpus(Accessibility):
    """The premises and their accessibility (``Accessibility``), with what a query names a
    place by: a theorem, a file of the database's repositories."""

    roots: dict[str, str] = field(default_factory=dict)
    """Absolute file path -> its corpus path (files of the database's repositories)."""
    theorems: dict[str, TheoremPos] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__post_init__()
        self._index = {(p.path, p.full_name): i for i, p in enumerate(self.premises)}
        self._modules = {p.module: p.path for p in self.premises}

    @cached_property
    def texts(self) -> list[str]:
        return [premise_text(p) for p in self.premises]

    def fingerprint(self) -> str:
        """Changes whenever a premise, its text or its place changes (the index is then stale)."""
        h = hashlib.sha256()
        for p in self.premises:
            h.update(f"{p.path}\0{p.full_name}\0{p.code}\0{p.start}\0{p.end}\n".encode())
        return h.hexdigest()[:32]

    def find(self, path: str, full_name: str) -> int | None:
        return self._index.get((path, full_name))

    def files_of(self, ids: Iterable[int]) -> set[str]:
        return {self.premises[i].path for i in ids}

    # --- accessibility (the rule is ``Accessibility``'s) ---------------------------------

    def theorem_mask(self, name: str) -> np.ndarray:
        where = self.theorems.get(name)
        if where is None:
            raise KeyError(f"no theorem {name} in the corpus")
        return self.accessible_mask(where.path, where.start)

    def file_mask(self, file: str | Path, line: int | None = None) -> np.ndarray:
        """Accessibility for a source file: a corpus path, or a file of a traced repository
        (by absolute path); any other file by the imports in its header. With ``line`` the
        file's own declarations ending before that line count too."""
        key = str(file)
        path = key if key in self.imports else self.roots.get(str(Path(file).resolve()))
        start = Pos(line, 0) if line is not None else None
        if path is not None:
            return self.accessible_mask(path, start)
        source = Path(file)
        if not source.is_file():
            raise FileNotFoundError(f"{file} is neither in the corpus nor a readable file")
        mask = np.zeros(len(self.premises), dtype=bool)
        for module in read_header(source.read_text(encoding="utf-8")).lean_imports:
            dep = self._modules.get(module)
            if dep is not None:
                mask[self.in_file(dep)] = True
                mask |= self.imported_mask(dep)
        return mask

    def name_mask(self, accessible: set[str] | Callable[[str], bool]) -> np.ndarray:
        test = accessible.__contains__ if isinstance(accessible, set | frozenset) else accessible
        return np.array([bool(test(p.full_name)) for p in self.premises], dtype=bool)

    # --- sources -----------------------------------------------------------------------------

    @classmethod
    def from_db(cls, db: CorpusDB) -> PremiseCorpus:
        files = db.files()
        imports = db.file_imports()
        roots: dict[str, str] = {}
        repo_roots = {rid: db.repo(rid).root for rid in {f.repo_id for f in files}}
        for f in files:
            if repo_roots[f.repo_id]:
                roots[str((Path(repo_roots[f.repo_id]) / f.path).resolve())] = f.path
        theorems: dict[str, TheoremPos] = {}
        for name, path, line, col in db.db.execute(
            "SELECT t.full_name, f.path, t.start_line, t.start_col FROM theorems t "
            "JOIN files f ON f.id = t.file_id ORDER BY t.id"
        ):
            theorems.setdefault(name, TheoremPos(path, Pos(line, col)))
        return cls(list(db.premises()), imports, roots, theorems)

    @classmethod
    def from_leandojo(cls, root: Path) -> PremiseCorpus:
        """From ``root/corpus.jsonl`` (LeanDojo Benchmark 4; extra keys are ours)."""
        premises, imports = [], {}
        with (root / CORPUS).open(encoding="utf-8") as fh:
            for line in fh:
                entry = json.loads(line)
                path = entry["path"]
                module = entry.get("module") or module_of_path(path)
                imports[path] = tuple(entry["imports"])
                for p in entry["premises"]:
                    premises.append(
                        PremiseRow(
                            id=len(premises),
                            full_name=p["full_name"],
                            kind=p.get("kind", ""),
                            code=p.get("code", ""),
                            path=path,
                            module=module,
                            start=from_ld(p["start"]),
                            end=from_ld(p["end"]),
                        )
                    )
        return cls(premises, imports)

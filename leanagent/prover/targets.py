"""The collect stage of ``prove``: the files with sorry theorems, where their imports resolve,
and the order in which files importing each other are best searched."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from leanagent.lean.project import find_project, project_src
from leanagent.prover.writeback import SorryTheorem, find_sorries
from leanagent.source.declarations import name_matches
from leanagent.source.hashing import content_hash
from leanagent.source.header import header_imports
from leanagent.source.modules import module_name, module_path, source_files

LIBRARIES = frozenset({"Init", "Std", "Lean", "Lake", "Mathlib", "Batteries", "Aesop", "Qq"})
"""Imports that come with the toolchain or its packages, not from the folder being proved."""


@dataclass
class FileTarget:
    path: Path
    root: Path | None
    """Where sibling imports resolve (project source folder, or the folder given)."""
    project: Path | None
    """Passed to ``check_file`` for the re-check of a temporary copy."""
    text: str
    hash: str
    sorries: list[SorryTheorem]


def collect_targets(
    path: Path, theorem: str | None = None, skip: frozenset[str] = frozenset()
) -> list[FileTarget]:
    """The files under ``path`` with sorry theorems (only ``theorem`` if given, none in ``skip``)."""
    path = path.resolve()
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist")
    files = [path] if path.is_file() else [f for f in source_files(path) if f.name != "lakefile.lean"]
    targets = []
    for file in files:
        text = file.read_bytes().decode("utf-8")
        sorries = [
            s
            for s in find_sorries(text)
            if (theorem is None or name_matches(s.name, theorem)) and s.name not in skip
        ]
        if sorries:
            root, project = _module_root(file, path, text)
            targets.append(FileTarget(file, root, project, text, content_hash(text), sorries))
    return targets


def _module_root(file: Path, given: Path, text: str) -> tuple[Path | None, Path | None]:
    """Where the file's own imports resolve: its Lake project's sources, the folder given, or its
    folder (the first under which every imported module of the file's library exists). ``(None,
    None)`` for a file that imports no such module."""
    imports = [i for i in header_imports(text) if i.split(".")[0] not in LIBRARIES]
    if not imports:
        return None, None
    project = find_project(file)
    candidates = [(project_src(project), project)] if project else []
    candidates += [(folder, folder) for folder in (given if given.is_dir() else file.parent, file.parent)]
    for root, owner in candidates:
        if all(module_path(root, name).is_file() for name in imports):
            return root, owner
    return candidates[0]


def imported_targets(targets: list[FileTarget]) -> dict[str, set[str]]:
    """For each target file, the other target files it imports, directly or not."""
    names = {
        module_name(t.root, t.path): str(t.path)
        for t in targets
        if t.root is not None and t.path.is_relative_to(t.root)
    }
    direct = {str(t.path): {names[i] for i in header_imports(t.text) if i in names} for t in targets}
    closed: dict[str, set[str]] = {}

    def reach(file: str, seen: frozenset[str] = frozenset()) -> set[str]:
        if file not in closed:
            out = set(direct[file])
            for dep in direct[file] - seen - {file}:
                out |= reach(dep, seen | {file})
            closed[file] = out - {file}
        return closed[file]

    return {file: reach(file) for file in direct}


def import_order(targets: list[FileTarget]) -> list[FileTarget]:
    """The targets with every file after the target files it imports (else as found)."""
    imports = imported_targets(targets)
    return sorted(targets, key=lambda t: len(imports[str(t.path)]))

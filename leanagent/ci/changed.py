"""``--changed-since REF``: the Lean files changed since a git revision and the files importing them.

Changed files come from git (tracked changes against ``REF`` in the working tree, plus
untracked files); the importers from the module import graph (`leanagent.source.imports`).
A deleted module's importers count as affected: they are what breaks.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import networkx as nx

from leanagent.lean.project import find_project, is_project, project_modules, project_src
from leanagent.source.imports import import_graph
from leanagent.source.modules import module_name

GIT_TIMEOUT_S = 60


class ChangedSinceError(RuntimeError):
    """git could not say what changed (not a repository, an unknown revision)."""


def _git(cwd: Path, *args: str) -> str:
    try:
        proc = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, timeout=GIT_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ChangedSinceError(f"git {' '.join(args)}: {exc}") from None
    if proc.returncode != 0:
        raise ChangedSinceError(f"git {' '.join(args)}: {proc.stderr.strip() or proc.stdout.strip()}")
    return proc.stdout


def changed_files(where: Path, ref: str) -> set[Path]:
    """Absolute paths (existing or deleted) changed since ``ref`` in the repository at ``where``."""
    start = where if where.is_dir() else where.parent
    top = Path(_git(start, "rev-parse", "--show-toplevel").strip())
    _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    names = _git(top, "diff", "--name-only", "--no-renames", ref, "--").splitlines()
    names += _git(top, "ls-files", "--others", "--exclude-standard").splitlines()
    return {(top / n).resolve() for n in names if n}


def affected_files(path: Path, changed: set[Path]) -> list[Path]:
    """The Lean files under ``path`` (a project, a folder or a file) that changed or import,
    directly or not, a changed module; in path order."""
    path = path.resolve()
    folder = path if path.is_dir() else path.parent
    project = folder if is_project(folder) else find_project(folder)
    src = project_src(project) if project else folder
    modules = project_modules(src)
    graph = import_graph({name: mod.imports for name, mod in modules.items()})
    touched = {module_name(src, p) for p in changed if p.suffix == ".lean" and p.is_relative_to(src)}
    affected = set()
    for name in touched:
        affected.add(name)
        if name in graph:
            affected |= nx.ancestors(graph, name)  # an edge A -> B: A imports B
    files = sorted(modules[n].path.resolve() for n in affected if n in modules)
    if path.is_file():
        return [p for p in files if p == path]
    return [p for p in files if p.is_relative_to(path)]

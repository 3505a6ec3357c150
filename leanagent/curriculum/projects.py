"""The repositories of a curriculum: every Lean project in a folder, added to the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from leanagent.config import REPO_ROOT
from leanagent.corpus.db import CorpusDB
from leanagent.corpus.dynamic import CORE_REPO, RepoVersion, add_repository
from leanagent.corpus.trace import TraceOptions
from leanagent.curriculum.difficulty import Rule
from leanagent.curriculum.order import Curriculum, build_curriculum
from leanagent.lean.project import is_project

BUNDLED = REPO_ROOT / "lean_projects"


def find_projects(folder: Path = BUNDLED) -> list[Path]:
    """Each Lean project (a folder with a lakefile) directly in ``folder``, the core library
    excepted: a project added there is part of the curriculum with nothing else to do."""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder} is not a folder of Lean projects")
    found = sorted(p for p in folder.iterdir() if p.is_dir() and p.name != CORE_REPO and is_project(p))
    if not found:
        raise FileNotFoundError(f"no Lean projects (folders with a lakefile) in {folder}")
    return found


def add_projects(
    db_path: Path, projects: list[Path], on_project: Callable[[str, int, int], None] | None = None
) -> list[RepoVersion]:
    """Add (trace, incrementally) every project to the dynamic database, one by one."""
    versions = []
    for n, project in enumerate(projects, 1):
        version, _ = add_repository(db_path, project, TraceOptions(jobs=1))
        versions.append(version)
        if on_project:
            on_project(project.name, n, len(projects))
    return versions


def prepare_curriculum(
    db_path: Path,
    folder: Path,
    rule: Rule,
    repos: tuple[str, ...] | None = None,
    on_project: Callable[[str, int, int], None] | None = None,
) -> tuple[Curriculum, dict[str, Path]]:
    """Add the projects of ``folder`` (only ``repos`` when given) and order them by ``rule``."""
    found = find_projects(folder)
    if repos:
        unknown = set(repos) - {p.name for p in found}
        if unknown:
            raise ValueError(f"no project(s) {sorted(unknown)} in {folder}")
        found = [p for p in found if p.name in repos]
    add_projects(db_path, found, on_project)
    with CorpusDB(db_path) as db:
        return build_curriculum(db, rule, [p.name for p in found]), {p.name: p for p in found}

"""The bundled curriculum: at least 12 projects, some importing earlier ones, each with at
least 40 proved theorems and 8 `sorry` exercises (the real check is slow: one project each)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import networkx as nx
import pytest

from leanagent.lean.check import check_path
from leanagent.lean.project import required_modules, required_projects
from leanagent.source.commands import command_spans, scan_commands
from leanagent.source.header import header_imports
from leanagent.source.modules import source_files

PROJECTS = Path(__file__).resolve().parents[2] / "lean_projects"
NAMES = sorted(p.name for p in PROJECTS.iterdir() if (p / "lakefile.toml").is_file() and p.name != "core")
SORRY = re.compile(r"\bsorry\b")


def _direct_requirements(name: str) -> list[Path]:
    config = tomllib.loads((PROJECTS / name / "lakefile.toml").read_text())
    return [(PROJECTS / name / req["path"]).resolve() for req in config.get("require", [])]


def _theorems(project: Path) -> dict[str, bool]:
    """Every theorem of the project by name: whether its own text says `sorry`."""
    found = {}
    for path in source_files(project):
        text = path.read_text(encoding="utf-8")
        commands = scan_commands(text)
        for cmd, start, end in command_spans(commands, len(text)):
            if cmd.is_theorem and cmd.name:
                found[cmd.name] = bool(SORRY.search(text[start:end]))
    return found


def test_curriculum_has_twelve_projects_with_real_dependencies():
    assert len(NAMES) >= 12, NAMES
    graph = nx.DiGraph()
    for name in NAMES:
        assert set(_direct_requirements(name)) <= set(required_projects(PROJECTS / name))
        for dep in _direct_requirements(name):
            assert dep.parent == PROJECTS.resolve() and dep.name in NAMES, (name, dep)
            graph.add_edge(dep.name, name)
    assert nx.is_directed_acyclic_graph(graph)
    assert len([n for n in NAMES if n in graph and graph.in_degree(n) > 0]) >= 5
    for name in NAMES:  # a requirement is really imported, not only declared
        imports = {
            i for p in source_files(PROJECTS / name) for i in header_imports(p.read_text(encoding="utf-8"))
        }
        for dep in _direct_requirements(name):
            theirs = {i for i in imports if i.split(".")[0] == dep.name}
            assert theirs and theirs <= set(required_modules(PROJECTS / name)), (name, dep.name)


@pytest.mark.parametrize("name", NAMES)
def test_each_project_has_forty_theorems_and_eight_exercises(name):
    theorems = _theorems(PROJECTS / name)
    exercises = [t for t, open_ in theorems.items() if open_]
    assert len(theorems) - len(exercises) >= 40, name
    assert len(exercises) >= 8, name


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_each_project_checks_with_only_its_exercises_open(name, engine):
    """Real Lean: no error anywhere; the theorems left `sorry` are exactly the exercises (no
    proved theorem leans on one), and every other theorem is proved."""
    report = check_path(PROJECTS / name, engine, jobs=2)
    assert not [f.errors for f in report.files if f.status == "error"], name
    statuses = {t.name: t.status for t in report.theorems}
    assert set(statuses.values()) <= {"ok", "sorry"}, name
    exercises = {t for t, open_ in _theorems(PROJECTS / name).items() if open_}
    assert {t for t, s in statuses.items() if s == "sorry"} == exercises
    assert sum(s == "ok" for s in statuses.values()) >= 40

"""Lean projects: finding them, their modules, and compiled dependencies for one file.

Checking a single file of a project needs the project modules it imports compiled to
``.olean``. Those builds are content-addressed in the cache, so re-checking a file
whose dependencies did not change (the prover's fresh re-check) compiles nothing.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import tomllib
from pathlib import Path

import networkx as nx

from leanagent.engine import Engine
from leanagent.lean.messages import run_lean
from leanagent.lean.modules import Module, build_generations, read_module, source_files

LAKEFILES = ("lakefile.toml", "lakefile.lean")
KEEP_DEPENDENCY_BUILDS = 20


class DependencyError(RuntimeError):
    """A project module that the checked file imports does not compile."""


def is_project(folder: Path) -> bool:
    return any((folder / name).is_file() for name in LAKEFILES)


def find_project(path: Path) -> Path | None:
    """The nearest folder at or above ``path`` holding a lakefile."""
    start = path if path.is_dir() else path.parent
    return next((folder for folder in (start, *start.parents) if is_project(folder)), None)


def project_src(project: Path) -> Path:
    """The project's source root: ``srcDir`` from lakefile.toml if set, else the project."""
    config = project / "lakefile.toml"
    if config.is_file():
        with config.open("rb") as fh:
            src = tomllib.load(fh).get("srcDir")
        if src:
            return (project / src).resolve()
    return project


def project_modules(src: Path) -> dict[str, Module]:
    files = [f for f in source_files(src) if f.name != "lakefile.lean"]
    return {m.name: m for m in (read_module(src, f) for f in files)}


def local_dependencies(modules: dict[str, Module], imports: tuple[str, ...]) -> dict[str, Module]:
    """The project modules that ``imports`` name, with everything they import in turn."""
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    graph.add_edges_from((imp, m.name) for m in modules.values() for imp in m.imports if imp in modules)
    needed = {imp for imp in imports if imp in modules}
    for imp in list(needed):
        needed |= nx.ancestors(graph, imp)
    return {name: modules[name] for name in needed}


def build_dependencies(
    engine: Engine, src: Path, deps: dict[str, Module], cache: Path, timeout: float
) -> Path:
    """A folder holding ``.olean`` files for ``deps``, compiled once per content."""
    digest = hashlib.sha256(f"{engine.lean}\0{engine.version}\0{engine.lean_path}".encode())
    for name in sorted(deps):
        digest.update(f"\0{name}\0".encode())
        digest.update(deps[name].path.read_bytes())
    root = cache / "deps"
    target = root / digest.hexdigest()[:20]
    if (target / ".complete").is_file():
        target.touch()
        return target
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
    try:
        for generation in build_generations(deps):
            for mod in generation:
                olean = tmp.joinpath(*mod.name.split(".")).with_suffix(".olean")
                run = run_lean(
                    engine, mod.path, timeout=timeout, root=src, olean=olean, extra_lean_path=(tmp,)
                )
                errors = [m for m in run.messages if m.severity == "error"]
                if run.returncode != 0 or not olean.is_file():
                    first = (
                        f"{errors[0].line}:{errors[0].col}: {errors[0].text}" if errors else run.other_output
                    )
                    raise DependencyError(
                        f"imported module {mod.name} ({mod.path}) does not compile: {first}"
                    )
        (tmp / ".complete").write_text("")
        try:
            tmp.rename(target)
        except OSError:  # another process finished the same build first
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    builds = sorted(
        (p for p in root.iterdir() if not p.name.startswith(".")), key=lambda p: p.stat().st_mtime
    )
    for old in builds[:-KEEP_DEPENDENCY_BUILDS]:
        shutil.rmtree(old, ignore_errors=True)
    return target

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
from dataclasses import replace
from pathlib import Path

import networkx as nx

from leanagent.engine import Engine
from leanagent.engine.lock import evict_folders, hold_folder, release_folder
from leanagent.lean.messages import run_lean
from leanagent.source.header import header_imports
from leanagent.source.modules import Module, build_generations, module_root, read_module, source_files

LAKEFILES = ("lakefile.toml", "lakefile.lean")
KEEP_DEPENDENCY_BUILDS = 20
"""How many dependency builds the cache keeps (the least recently used not in use go first)."""


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


def required_projects(project: Path) -> list[Path]:
    """The projects ``project`` requires by ``path`` in its lakefile.toml, transitively,
    each once (a bundled project importing an earlier one: ``[[require]] path = "../Lists"``)."""
    found: list[Path] = []
    todo = [project.resolve()]
    while todo:
        config = todo.pop() / "lakefile.toml"
        if not config.is_file():
            continue
        with config.open("rb") as fh:
            requires = tomllib.load(fh).get("require", [])
        for req in requires:
            if "path" in req:
                dep = (config.parent / req["path"]).resolve()
                if is_project(dep) and dep not in found and dep != project.resolve():
                    found.append(dep)
                    todo.append(dep)
    return found


def required_modules(project: Path | None) -> dict[str, Module]:
    """The modules of the projects ``project`` requires: what its imports may name besides its own."""
    modules: dict[str, Module] = {}
    for dep in required_projects(project) if project is not None else ():
        for name, mod in project_modules(project_src(dep)).items():
            modules.setdefault(name, mod)
    return modules


def local_dependencies(modules: dict[str, Module], imports: tuple[str, ...]) -> dict[str, Module]:
    """The project modules that ``imports`` name, with everything they import in turn."""
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    graph.add_edges_from((imp, m.name) for m in modules.values() for imp in m.imports if imp in modules)
    needed = {imp for imp in imports if imp in modules}
    for imp in list(needed):
        needed |= nx.ancestors(graph, imp)
    return {name: modules[name] for name in needed}


def build_dependencies(engine: Engine, deps: dict[str, Module], cache: Path, timeout: float) -> Path:
    """A folder holding ``.olean`` files for ``deps``, compiled once per content.

    The folder stays in use by this process (cache eviction leaves it alone) until
    ``release_dependencies(folder)`` or the process ends.
    """
    digest = hashlib.sha256(f"{engine.lean}\0{engine.version}\0{engine.lean_path}".encode())
    for name in sorted(deps):
        digest.update(f"\0{name}\0".encode())
        digest.update(deps[name].path.read_bytes())
    root = cache / "deps"
    target = root / digest.hexdigest()[:20]
    root.mkdir(parents=True, exist_ok=True)
    hold_folder(target)  # before looking: once held, no eviction can remove it
    if (target / ".complete").is_file():
        target.touch()
        return target
    try:
        _build(engine, deps, root, target, timeout)
    except BaseException:
        release_dependencies(target)
        raise
    evict_dependency_builds(root, KEEP_DEPENDENCY_BUILDS)
    return target


def release_dependencies(folder: Path) -> None:
    """This process no longer uses the build ``folder``: eviction may remove it."""
    release_folder(folder)


def evict_dependency_builds(root: Path, keep: int) -> list[Path]:
    """Remove the least recently used builds beyond the newest ``keep``, except those that
    some process holds in use; returns the removed folders."""
    builds = sorted(
        (p for p in root.iterdir() if not p.name.startswith(".")), key=lambda p: p.stat().st_mtime
    )
    return evict_folders(builds[: max(0, len(builds) - keep)])


def _build(engine: Engine, deps: dict[str, Module], root: Path, target: Path, timeout: float) -> None:
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
    try:
        for generation in build_generations(deps):
            for mod in generation:
                olean = tmp.joinpath(*mod.name.split(".")).with_suffix(".olean")
                run = run_lean(
                    engine,
                    mod.path,
                    timeout=timeout,
                    root=module_root(mod),
                    olean=olean,
                    extra_lean_path=(tmp,),
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


def importable_modules(root: Path, file: Path | None = None) -> dict[str, Module]:
    """What a file of the project at ``root`` may import: the project's other modules and those
    of the projects it requires."""
    own = required_modules(find_project(root)) | project_modules(root)
    return {name: m for name, m in own.items() if m.path != file}


def engine_with_imports(
    base: Engine, root: Path, file: Path, text: str, cache: Path, timeout: float
) -> tuple[Engine, list[Module]]:
    """``base`` with the modules under ``root`` that ``text`` (the file ``file``) imports
    compiled onto its LEAN_PATH (Lake resolves them itself where the engine has Lake), and
    those modules. For a Dojo or language server on a file of a project."""
    deps = imported_dependencies(root, file, text)
    return engine_with_dependencies(base, deps, cache, timeout), list(deps.values())


def imported_dependencies(root: Path, file: Path, text: str) -> dict[str, Module]:
    """The modules of the project at ``root`` (and those it requires) that ``text`` imports."""
    return local_dependencies(importable_modules(root, file), tuple(header_imports(text)))


def engine_with_dependencies(base: Engine, deps: dict[str, Module], cache: Path, timeout: float) -> Engine:
    """``base`` with ``deps`` compiled onto its LEAN_PATH (Lake resolves them itself)."""
    if deps and base.lake is None:
        return replace(base, lean_path=(build_dependencies(base, deps, cache, timeout), *base.lean_path))
    return base

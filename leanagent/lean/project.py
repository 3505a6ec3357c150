"""Lean projects: finding them, their modules, and compiled dependencies for one file.

Checking a single file of a project needs the project modules it imports compiled to
``.olean``. Those builds are content-addressed in the cache, so re-checking a file
whose dependencies did not change (the prover's fresh re-check) compiles nothing.
"""

from __future__ import annotations

import collections
import fcntl
import hashlib
import os
import shutil
import tempfile
import threading
import tomllib
from dataclasses import replace
from pathlib import Path

import networkx as nx

from leanagent.engine import Engine
from leanagent.lean.messages import run_lean
from leanagent.lean.modules import Module, build_generations, module_root, read_module, source_files
from leanagent.lean.scan import header_imports

LAKEFILES = ("lakefile.toml", "lakefile.lean")
KEEP_DEPENDENCY_BUILDS = 20
"""How many dependency builds the cache keeps (the least recently used not in use go first)."""

_in_use: dict[Path, int] = {}
"""Build folder -> the descriptor of its lock file, held (shared) while this process uses it."""
_users: collections.Counter[Path] = collections.Counter()
"""How many callers of this process hold each folder (threads share one lock file handle)."""
_in_use_lock = threading.Lock()


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
    _hold(target)  # before looking: once held, no eviction can remove it
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


def _lock_file(folder: Path) -> Path:
    return folder.with_name(f".{folder.name}.lock")


def _hold(folder: Path) -> None:
    """Mark ``folder`` in use by this process until ``release_dependencies`` (or its exit): a
    shared lock on its lock file, which eviction must take exclusively to remove it."""
    with _in_use_lock:
        if folder in _in_use:
            _users[folder] += 1
            return
    lock = _lock_file(folder)
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
            try:
                same = os.stat(lock).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            with _in_use_lock:
                if folder in _in_use:  # another thread got there first
                    _users[folder] += 1
                    os.close(fd)
                else:
                    _in_use[folder], _users[folder] = fd, 1
            return
        os.close(fd)  # an eviction removed it (and its folder) while we waited: again


def release_dependencies(folder: Path) -> None:
    """This process no longer uses the build ``folder``: eviction may remove it."""
    with _in_use_lock:
        if _users[folder] > 1:
            _users[folder] -= 1
            return  # another caller in this process still uses it
        _users.pop(folder, None)
        fd = _in_use.pop(folder, None)
    if fd is not None:
        os.close(fd)  # drops the lock


def evict_dependency_builds(root: Path, keep: int) -> list[Path]:
    """Remove the least recently used builds beyond the newest ``keep``, except those that
    some process holds in use (their lock cannot be taken); returns the removed folders."""
    builds = sorted(
        (p for p in root.iterdir() if not p.name.startswith(".")), key=lambda p: p.stat().st_mtime
    )
    removed = []
    for old in builds[: max(0, len(builds) - keep)]:
        lock = _lock_file(old)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # in use
            shutil.rmtree(old, ignore_errors=True)
            lock.unlink(missing_ok=True)  # under the lock: a waiter sees it gone and retries
            removed.append(old)
        finally:
            os.close(fd)
    return removed


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


def importable_modules(root: Path, file: Path) -> dict[str, Module]:
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
    deps = local_dependencies(importable_modules(root, file), tuple(header_imports(text)))
    if deps and base.lake is None:
        folder = build_dependencies(base, deps, cache, timeout)
        return replace(base, lean_path=(folder, *base.lean_path)), list(deps.values())
    return base, list(deps.values())

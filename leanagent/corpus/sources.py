"""What a trace covers: the modules of a project or folder, and the core library they import."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from leanagent.engine import Engine
from leanagent.lean.project import is_project, project_modules, project_src, required_modules
from leanagent.source.header import read_header
from leanagent.source.modules import Module, read_module


@dataclass(frozen=True)
class SourceSet:
    """Lean files under one root, each known by its module name."""

    name: str
    root: Path
    """Source root: ``root/A/B.lean`` is module ``A.B``."""
    modules: dict[str, Module]
    required: dict[str, Module] = field(default_factory=dict)
    """Modules of the projects this one requires by path: importable, traced with their own project."""

    def relpath(self, module: str) -> str:
        return self.modules[module].path.relative_to(self.root).as_posix()


def discover(path: Path) -> SourceSet:
    """A Lean project (folder with a lakefile: its ``srcDir``), a folder of files, or one file."""
    path = path.resolve()
    if path.is_file():
        return SourceSet(path.stem, path.parent, {path.stem: read_module(path.parent, path)})
    if not path.is_dir():
        raise FileNotFoundError(f"{path} does not exist")
    if not is_project(path):
        return SourceSet(path.name, path, project_modules(path))
    root = project_src(path)
    return SourceSet(path.name, root, project_modules(root), required_modules(path))


def core_source_dir(engine: Engine, core_dir: Path) -> Path | None:
    """Where the sources of ``Init`` are: our core library for the embedded engine, the
    toolchain's ``src/lean`` for a user toolchain (None if it ships no sources)."""
    if engine.kind == "embedded":
        return core_dir
    src = engine.lean.resolve().parent.parent / "src" / "lean"
    return src if (src / "Init.lean").is_file() else None


def implicit_imports(module: Module) -> tuple[str, ...]:
    """Imports as Lean sees them: ``Init`` comes first unless the file is a ``prelude``."""
    return read_header(module.source).lean_imports

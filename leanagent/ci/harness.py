"""One CI run of ``leanagent check``: choose the files, check them, replay, decide the exit code.

The CLI only maps its options onto ``CheckOptions``; report formats live in their own modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from leanagent.ci.exitcodes import ExitCode
from leanagent.ci.junit import write_junit
from leanagent.ci.summary import markdown_summary
from leanagent.config import ALLOWED_AXIOMS
from leanagent.engine import get_engine
from leanagent.lean.check import CheckReport, check_path
from leanagent.lean.modules import module_name
from leanagent.lean.project import find_project, is_project, project_modules, project_src
from leanagent.lean.replay import ReplayResult, replay


@dataclass
class CheckOptions:
    paths: list[Path]
    timeout: float | None = None
    jobs: int | None = None
    allow_sorry: bool = False
    allowed_axioms: frozenset[str] = ALLOWED_AXIOMS
    replay: bool = False
    junit: Path | None = None
    summary: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    """Paths in reports are shown relative to it (the repository root in CI)."""


@dataclass
class HarnessResult:
    report: CheckReport
    exit_code: ExitCode
    replays: list[ReplayResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Lines for the person reading the log (what was skipped, why replay did not run)."""


def run_check(options: CheckOptions) -> HarnessResult:
    """Check ``options.paths`` and decide the exit code (see ``ExitCode``)."""
    reports = [
        check_path(p, timeout=options.timeout, jobs=options.jobs, allowed_axioms=options.allowed_axioms)
        for p in options.paths
    ]
    report = CheckReport([f for r in reports for f in r.files])
    result = HarnessResult(report, _verdict(report, options.allow_sorry))
    if options.replay:
        for path in options.paths:
            replayed = _replay(path.resolve(), options.timeout or 300)
            result.replays.append(replayed)
            if not replayed.available:
                result.notes.append(replayed.reason)
            elif not replayed.ok:
                result.notes += [f"replay rejected {m}: {why}" for m, why in replayed.failures.items()]
        if any(r.available and not r.ok for r in result.replays):
            result.exit_code = ExitCode.FAILED
        elif result.exit_code is ExitCode.OK and any(not r.available for r in result.replays):
            result.exit_code = ExitCode.REPLAY_UNAVAILABLE
    write_reports(result, options)
    return result


def write_reports(result: HarnessResult, options: CheckOptions) -> None:
    """The files CI asked for: JUnit XML and the Markdown summary (appended: a job summary
    file collects every step's)."""
    root = options.root.resolve()
    if options.junit is not None:
        write_junit(result.report, options.junit, root, allow_sorry=options.allow_sorry)
    if options.summary is not None:
        options.summary.parent.mkdir(parents=True, exist_ok=True)
        with options.summary.open("a", encoding="utf-8") as fh:
            fh.write(markdown_summary(result.report, root, extra=result.notes))


def _verdict(report: CheckReport, allow_sorry: bool) -> ExitCode:
    if report.ok or (allow_sorry and all(f.status in ("ok", "sorry") for f in report.files)):
        return ExitCode.OK
    return ExitCode.FAILED


def _replay(path: Path, timeout: float) -> ReplayResult:
    """Replay the modules that ``path`` (a Lake project or one of its files) compiled to."""
    project = path if path.is_dir() and is_project(path) else find_project(path)
    engine = get_engine(path if path.is_dir() else path.parent)
    if project is None:
        return replay(engine, None, [], timeout)
    src = project_src(project)
    if path.is_file():
        modules = [module_name(src, path)] if path.is_relative_to(src) else []
    else:
        modules = sorted(project_modules(src))
    return replay(engine, project, modules, timeout)

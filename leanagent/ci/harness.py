"""One CI run of ``leanagent check``: choose the files, check them, replay, decide the exit code.

The CLI only maps its options onto ``CheckOptions``; report formats live in their own modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from leanagent.ci.baseline import Ratchet, compare, load_baseline, save_baseline, snapshot
from leanagent.ci.changed import affected_files, changed_files
from leanagent.ci.exitcodes import ExitCode
from leanagent.ci.junit import write_junit
from leanagent.ci.summary import markdown_summary
from leanagent.config import ALLOWED_AXIOMS
from leanagent.engine import get_engine
from leanagent.lean.check import CheckReport, check_file, check_path
from leanagent.lean.project import find_project, is_project, project_modules, project_src
from leanagent.lean.replay import ReplayResult, replay
from leanagent.source.modules import module_name


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
    baseline: Path | None = None
    update_baseline: bool = False
    changed_since: str | None = None


@dataclass
class HarnessResult:
    report: CheckReport
    exit_code: ExitCode
    replays: list[ReplayResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Lines for the person reading the log (what was skipped, why replay did not run)."""
    ratchet: Ratchet | None = None


def run_check(options: CheckOptions) -> HarnessResult:
    """Check ``options.paths`` and decide the exit code (see ``ExitCode``)."""
    notes: list[str] = []
    if options.changed_since is not None:
        report = _check_changed(options, notes)
    else:
        reports = [
            check_path(p, timeout=options.timeout, jobs=options.jobs, allowed_axioms=options.allowed_axioms)
            for p in options.paths
        ]
        report = CheckReport([f for r in reports for f in r.files])
    result = HarnessResult(report, _verdict(report, options.allow_sorry), notes=notes)
    if options.baseline is not None:
        _ratchet(result, options)
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


def _check_changed(options: CheckOptions, notes: list[str]) -> CheckReport:
    """Check only the files changed since ``options.changed_since`` and their importers."""
    files: list[Path] = []
    for path in options.paths:
        changed = changed_files(path.resolve(), options.changed_since or "HEAD")
        files += [f for f in affected_files(path, changed) if f not in files]
    notes.append(
        f"--changed-since {options.changed_since}: {len(files)} file(s) changed or importing a changed one"
    )
    return CheckReport(
        [check_file(f, timeout=options.timeout, allowed_axioms=options.allowed_axioms) for f in files]
    )


def _ratchet(result: HarnessResult, options: CheckOptions) -> None:
    """Compare with (or, with ``update_baseline``, rewrite) the baseline; decides the exit code."""
    assert options.baseline is not None
    current = snapshot(result.report, options.root.resolve())
    if options.update_baseline:
        keep = None
        if options.changed_since is not None and options.baseline.is_file():
            keep = load_baseline(options.baseline)  # files not checked this run keep their entries
        save_baseline(options.baseline, current, keep=keep)
        result.notes.append(f"baseline {options.baseline} updated ({len(current)} file(s) this run)")
        result.exit_code = ExitCode.OK
        return
    result.ratchet = ratchet = compare(load_baseline(options.baseline), current)
    result.notes += ratchet.new + ratchet.fixed
    result.notes.append(
        f"ratchet: {len(ratchet.new)} new, {len(ratchet.fixed)} fixed against {options.baseline}"
    )
    result.exit_code = ExitCode.FAILED if ratchet.new else ExitCode.OK


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

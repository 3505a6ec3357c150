"""Kernel replay of compiled modules with the toolchain's own checker (``--replay``).

The Lean reference manual's advice for untrusted proofs is to replay them in a separate,
trusted process. Lean toolchains from v4.28 ship ``leanchecker`` (earlier ones could build
``lean4checker``), which re-adds every declaration of a compiled module to a fresh kernel.
It reads the ``.olean`` files a Lake build leaves, so replay runs on a Lake project built with
a user toolchain; anything else gets a clear reason instead of a silent pass.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from leanagent.engine import Engine
from leanagent.lean.spawn import spawn

CHECKERS = ("leanchecker", "lean4checker")


@dataclass
class ReplayResult:
    available: bool
    """False: nothing was replayed (``reason`` says why)."""
    ok: bool = False
    checker: str | None = None
    reason: str = ""
    failures: dict[str, str] = field(default_factory=dict)
    """Module -> the checker's output, for each module it rejected."""


def find_checker(engine: Engine) -> Path | None:
    """The toolchain's replay checker: next to its ``lean``, else on PATH."""
    for name in CHECKERS:
        beside = engine.lean.parent / name
        if beside.is_file():
            return beside
    for name in CHECKERS:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def replay(engine: Engine, project: Path | None, modules: list[str], timeout: float) -> ReplayResult:
    """Replay ``modules`` of the Lake ``project`` (already built) in the toolchain's checker."""
    checker = None if engine.kind == "embedded" else find_checker(engine)
    if checker is None:
        where = (
            "the embedded engine ships no kernel replay checker"
            if engine.kind == "embedded"
            else f"no {' or '.join(CHECKERS)} next to {engine.lean} or on PATH"
        )
        return ReplayResult(
            False, reason=f"--replay: {where}; install a toolchain that has one (Lean >= 4.28)"
        )
    if project is None or engine.lake is None:
        return ReplayResult(
            False,
            checker=str(checker),
            reason="--replay needs a Lake project checked with a user toolchain that has Lake",
        )
    result = ReplayResult(True, ok=True, checker=str(checker))
    for module in modules:
        proc = spawn([str(engine.lake), "env", str(checker), module], cwd=project, timeout=timeout)
        if proc.timed_out or proc.returncode != 0:
            why = f"timed out after {timeout:g} s" if proc.timed_out else (proc.stdout + proc.stderr)[-4000:]
            result.ok = False
            result.failures[module] = why
    return result

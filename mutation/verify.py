"""Verifying mutants in batches: one Lean file per source file, many theorems in it,
judged by `check_file` (fresh elaboration, the standard-axiom audit of the .olean).

A file is kept only once it passes whole: the first check drops the theorems Lean
rejects, the survivors are checked again together (what is written is exactly what
passed). Optionally, mutants that `rfl` or `simp` prove alone are dropped as trivial.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from leanagent.engine import Engine
from leanagent.lean.check import check_file
from mutation.goals import binders
from mutation.mutants import Mutant

log = logging.getLogger(__name__)

ROUNDS = 3
"""Checks per file at most: each drops what failed; the last must pass whole."""


def file_text(module: str, mutants: list[Mutant]) -> str:
    """A Lean file holding ``mutants``, importing the module of their parents."""
    body = "\n".join(m.text() for m in mutants)
    return f"import {module}\n\n{body}"


def _check(engine: Engine, project: Path, text: str, timeout: float | None) -> dict[str, str] | None:
    """Each theorem's status in ``text`` (by name); None if the file as a whole failed."""
    with tempfile.TemporaryDirectory(prefix="leanagent-mutants-") as tmp:
        path = Path(tmp) / "Mutants.lean"
        path.write_text(text, encoding="utf-8")
        report = check_file(path, engine, timeout, project=project)
    for t in report.theorems:
        if t.status != "ok":
            log.debug("mutant %s rejected: %s", t.name, t.message)
    if report.errors and not report.theorems:
        return None
    return {t.name: t.status for t in report.theorems} | ({"": "error"} if report.errors else {})


def verify(
    engine: Engine, project: Path, module: str, mutants: list[Mutant], timeout: float | None = None
) -> tuple[list[Mutant], str | None]:
    """The mutants that check, and the file text that holds exactly them (None if none)."""
    alive = list(mutants)
    for _ in range(ROUNDS):
        if not alive:
            return [], None
        text = file_text(module, alive)
        status = _check(engine, project, text, timeout)
        if status is None:
            return [], None
        kept = [m for m in alive if status.get(m.name) == "ok"]
        if len(kept) == len(alive) and "" not in status:
            return alive, text
        alive = kept
    return [], None


def trivial(
    engine: Engine, project: Path, module: str, mutants: list[Mutant], timeout: float | None = None
) -> set[str]:
    """Names of the mutants that `rfl` or `simp` prove alone."""
    if not mutants:
        return set()
    lines = [f"import {module}\n"]
    for k, m in enumerate(mutants):
        hyps = binders(m.goal.hypotheses)
        lines.append(f"theorem _trivial_{k} {hyps} :\n    {m.goal.target} := by\n  first | rfl | simp\n")
    status = _check(engine, project, "\n".join(lines), timeout) or {}
    return {m.name for k, m in enumerate(mutants) if status.get(f"_trivial_{k}") == "ok"}

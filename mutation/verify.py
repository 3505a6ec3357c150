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
from leanagent.lean.check import TheoremResult, check_file
from mutation.goals import binders
from mutation.mutants import Mutant

log = logging.getLogger(__name__)

ROUNDS = 6
"""Checks per file at most: each drops what failed; the last must pass whole."""


def file_text(module: str, mutants: list[Mutant]) -> str:
    """A Lean file holding ``mutants``, importing the module of their parents."""
    body = "\n".join(m.text() for m in mutants)
    return f"import {module}\n\n{body}"


_NO_ANSWER = "gave no answer"
"""A theorem the audit could not judge because the file as a whole failed elsewhere (no
.olean written): not its own fault, so it stays for the next round."""


def _check(
    engine: Engine, project: Path, text: str, timeout: float | None
) -> tuple[dict[str, TheoremResult], bool]:
    """Each theorem's verdict in ``text`` (by name), and whether the whole file passed."""
    with tempfile.TemporaryDirectory(prefix="leanagent-mutants-") as tmp:
        path = Path(tmp) / "Mutants.lean"
        path.write_text(text, encoding="utf-8")
        report = check_file(path, engine, timeout, project=project)
    for t in report.theorems:
        if t.status != "ok" and _NO_ANSWER not in (t.message or ""):
            log.debug("mutant %s rejected: %s", t.name, t.message)
    return {t.name: t for t in report.theorems}, report.ok


def verify(
    engine: Engine, project: Path, module: str, mutants: list[Mutant], timeout: float | None = None
) -> tuple[list[Mutant], str | None]:
    """The mutants that check, and the file text that holds exactly them (None if none).

    Each round drops the theorems Lean rejected for a reason of their own; the round
    after checks the rest together. What is returned passed as one whole file.
    """
    alive = list(mutants)
    for _ in range(ROUNDS):
        if not alive:
            return [], None
        text = file_text(module, alive)
        verdicts, whole = _check(engine, project, text, timeout)
        if whole and all(m.name in verdicts and verdicts[m.name].ok for m in alive):
            return alive, text
        kept = [
            m
            for m in alive
            if m.name in verdicts and (verdicts[m.name].ok or _NO_ANSWER in (verdicts[m.name].message or ""))
        ]
        if len(kept) == len(alive):  # nothing to blame: the file fails as a whole
            return [], None
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
    verdicts, _ = _check(engine, project, "\n".join(lines), timeout)
    return {
        m.name for k, m in enumerate(mutants) if f"_trivial_{k}" in verdicts and verdicts[f"_trivial_{k}"].ok
    }

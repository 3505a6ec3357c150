"""What a ``prove`` run reports: one entry per theorem, a summary, the files checked.

Entries are built from a search's result or an earlier run's stored result, and settled
by the file's whole-file check (``settle``): only then is a found proof ``proved``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from leanagent.corpus.prove_results import StoredResult
from leanagent.prover.status import ProofStatus
from leanagent.prover.targets import FileTarget
from leanagent.prover.workers import JobResult
from leanagent.prover.writeback import SorryTheorem, WriteOutcome, render_edit


@dataclass
class TheoremReport:
    file: str
    name: str
    line: int
    status: ProofStatus
    """``proved`` (verified by the whole-file check), ``found`` (search done, not yet verified),
    ``failed``, ``timeout`` or ``error``."""
    seconds: float = 0.0
    expansions: int = 0
    tactics_tried: int = 0
    proof: str | None = None
    """The text that replaces the ``sorry``."""
    written: bool = False
    resumed: bool = False
    """Taken from an earlier run's stored result."""
    error: str | None = None
    placeholder: str | None = None
    """Why the verified proof may rest on a placeholder definition (then it is not written)."""
    steps: list[tuple[str, str]] = field(default_factory=list)
    """The found proof, tactic by tactic, with the goals each leaves (not kept across runs)."""
    mode: str | None = None
    """What found the proof: ``search`` (best-first) or ``whole`` (a language model's whole
    proof, see ``prover.whole``)."""


@dataclass
class ProveReport:
    path: str
    generator: str
    write: bool
    theorems: list[TheoremReport] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)
    verified_texts: dict[str, str] = field(default_factory=dict)
    """File -> its text with every verified proof in place (for tracing; not in the JSON)."""

    def summary(self) -> dict[str, int]:
        counts = {"theorems": len(self.theorems)} | dict.fromkeys(
            (ProofStatus.PROVED, ProofStatus.FAILED, ProofStatus.TIMEOUT, ProofStatus.ERROR), 0
        )
        for t in self.theorems:
            counts[t.status] = counts.get(t.status, 0) + 1
        counts["written"] = sum(t.written for t in self.theorems)
        return {str(k): v for k, v in counts.items()}

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "generator": self.generator,
            "write": self.write,
            "theorems": [asdict(t) for t in self.theorems],
            "files": self.files,
            "summary": self.summary(),
        }


def proof_text(text: str, thm: SorryTheorem, tactics: tuple[str, ...]) -> str:
    """What replaces the theorem's ``sorry`` in the file (for reports)."""
    return render_edit(text, thm, tactics)[2]


def from_stored(file: str, thm: SorryTheorem, stored: StoredResult) -> TheoremReport:
    """An earlier run's result; a stored proof is ``found`` again until its file is re-checked."""
    status = ProofStatus(stored.status)
    if status is ProofStatus.PROVED:
        status = ProofStatus.FOUND
    return TheoremReport(
        file,
        thm.name,
        thm.line,
        status,
        stored.seconds,
        stored.stats.get("expansions", 0),
        stored.stats.get("tactics_tried", 0),
        resumed=True,
        error=stored.error,
        mode=stored.stats.get("mode"),
    )


def from_search(target: FileTarget, result: JobResult) -> TheoremReport:
    """A search's result; a proof the Dojo finished is ``found`` until its file is re-checked."""
    line = next(t.line for t in target.sorries if t.name == result.name)
    return TheoremReport(
        result.file,
        result.name,
        line,
        found_or(result.status),
        result.seconds,
        result.stats.get("expansions", 0),
        result.stats.get("tactics_tried", 0),
        error=result.error,
        steps=[tuple(step) for step in result.steps],
        mode=result.stats.get("mode"),
    )


def found_or(status: str) -> ProofStatus:
    """A search's status as the prover keeps it before the whole-file check."""
    status = ProofStatus(status)
    return ProofStatus.FOUND if status is ProofStatus.PROVED else status


def settle(
    report: ProveReport,
    entries: dict[SorryTheorem, TheoremReport],
    target: FileTarget,
    proofs: dict[SorryTheorem, tuple[str, ...]],
    outcome: WriteOutcome,
) -> None:
    """The file's check decides its found proofs' entries; the file is added to the report."""
    for thm, tactics in proofs.items():
        entry = entries[thm]
        if outcome.verified.get(thm.name, False):
            entry.status = ProofStatus.PROVED
            entry.proof = proof_text(target.text, thm, tactics)
            entry.written = outcome.written
            entry.placeholder = outcome.placeholders.get(thm.name)
        else:
            entry.status, entry.steps = ProofStatus.FAILED, []
            entry.error = f"whole-file re-check failed: {outcome.reasons.get(thm.name) or outcome.error}"
    file = str(target.path)
    if outcome.text is not None and any(outcome.verified.values()):
        report.verified_texts[file] = outcome.text
    report.files.append(
        {
            "path": file,
            "proved": sum(outcome.verified.values()),
            "written": outcome.written,
            "backup": str(outcome.backup) if outcome.backup else None,
            "error": outcome.error,
        }
    )

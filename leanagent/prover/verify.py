"""The verify stage of ``prove``: a file's found proofs re-checked together, off the search's path.

A file is verified once all its searches are done: ``check_file`` on a copy with every
found proof in place (``writeback.verify_and_write``), written back with ``write``. The
checks run on threads of their own (each waits on a Lean process), so the search workers
keep getting theorems while a file is checked. The outcome only is computed here; the
caller records it (one thread owns the store and the reports).
"""

from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from leanagent.prover.targets import FileTarget
from leanagent.prover.writeback import SorryTheorem, WriteOutcome, verify_and_write

Proofs = dict[SorryTheorem, tuple[str, ...]]


@dataclass(frozen=True)
class Verification:
    """A file's found proofs and the outcome of their whole-file check."""

    target: FileTarget
    proofs: Proofs
    outcome: WriteOutcome


def verify_file(target: FileTarget, proofs: Proofs, *, write: bool, exercises: str) -> Verification:
    """Re-check ``target`` with ``proofs`` in place (and write it if asked); never raises."""
    try:
        outcome = verify_and_write(
            target.path,
            target.text,
            proofs,
            write=write,
            project=target.project,
            exercises=exercises,
            root=target.root,
        )
    except Exception as exc:  # the re-check itself broke (engine, disk): nothing counts, nothing written
        outcome = WriteOutcome(target.path, dict.fromkeys((t.name for t in proofs), False), error=str(exc))
    return Verification(target, proofs, outcome)


class Verifier:
    """Whole-file checks on ``jobs`` threads; finished ones are collected with ``finished``."""

    def __init__(self, jobs: int, *, write: bool, exercises: str) -> None:
        self._executor = ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="verify")
        self._pending: set[Future[Verification]] = set()
        self.write = write
        self.exercises = exercises

    def submit(self, target: FileTarget, proofs: Proofs) -> None:
        self._pending.add(
            self._executor.submit(verify_file, target, proofs, write=self.write, exercises=self.exercises)
        )

    @property
    def pending(self) -> int:
        return len(self._pending)

    def finished(self, block: bool = False) -> list[Verification]:
        """The checks done by now (with ``block``: every check, waiting for those running)."""
        done, self._pending = wait(self._pending, timeout=None if block else 0, return_when=FIRST_COMPLETED)
        if block:
            while self._pending:
                more, self._pending = wait(self._pending, return_when=FIRST_COMPLETED)
                done |= more
        return [future.result() for future in done]

    def close(self) -> None:
        """Wait for the checks running (a write must not be cut short); drop those not started."""
        self._executor.shutdown(wait=True, cancel_futures=True)

"""The persist stage of ``prove``: each search's result and each file's check, in the store.

A search's result is stored as it arrives (``found`` for a proof, so a killed run never
leaves a ``proved`` that no whole-file check confirmed); the check then turns it into
``proved`` (also added to the corpus's ``proofs``) or ``failed``. After a write, the
results of the file's other theorems move to the new text's hash, so a rerun skips them.
"""

from __future__ import annotations

from leanagent.corpus.prove_results import StoredResult
from leanagent.prover.reports import found_or, proof_text
from leanagent.prover.results import ResultStore
from leanagent.prover.status import ProofStatus
from leanagent.prover.targets import FileTarget
from leanagent.prover.verify import Verification
from leanagent.prover.workers import JobResult
from leanagent.source.hashing import content_hash


def store_search(store: ResultStore, target: FileTarget, result: JobResult, generator: str) -> None:
    store.put(
        StoredResult(
            result.file,
            target.hash,
            result.name,
            found_or(result.status),
            result.tactics,
            result.seconds,
            result.stats,
            generator,
            None,
            False,
            result.error,
        )
    )


def store_verification(store: ResultStore, done: Verification, errors: dict[str, str | None]) -> None:
    """Record the check of ``done``; ``errors``: theorem -> the reported reason of a refused proof."""
    target, outcome = done.target, done.outcome
    for thm, tactics in done.proofs.items():
        ok = outcome.verified.get(thm.name, False)
        if ok:
            store.record_proof(
                target.path,
                thm.name,
                f"{thm.statement(target.text)} := {proof_text(target.text, thm, tactics)}",
            )
        stored = store.get(target.hash, thm.name)
        if stored is not None:
            stored.verified, stored.written = ok, outcome.written and ok
            stored.error = None if ok else errors.get(thm.name)
            stored.status = ProofStatus.PROVED if ok else ProofStatus.FAILED
            store.put(stored)
    if outcome.written and outcome.text is not None:
        new_hash = content_hash(outcome.text)
        for thm in target.sorries:  # the rest stay sorry in the new text: remember they were tried
            if thm not in done.proofs or not outcome.verified.get(thm.name):
                previous = store.get(target.hash, thm.name)
                if previous is not None:
                    previous.content_hash = new_hash
                    store.put(previous)

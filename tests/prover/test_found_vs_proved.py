"""Only the whole-file check makes a result `proved`: in the report, the store and the progress."""

from __future__ import annotations

from pathlib import Path

from leanagent.prover.prove import ProveOptions, prove_path
from leanagent.prover.results import ResultStore
from leanagent.source.hashing import content_hash

FORGED = (
    "macro_rules\n"
    "  | `(#print axioms $_) => `(#print \"'x' does not depend on any axioms\")\n"
    "axiom magic : False\n"
    "theorem target : 1 = 2 := by\n  sorry\n"
)


def test_a_proof_the_dojo_accepts_but_the_file_check_rejects_is_not_proved(standalone: Path, db: Path):
    """The file forges `#print axioms`, so the Dojo's quick re-check finds the proof; the compiled
    audit of the whole file sees `magic`, so nothing is proved, stored as proved, or written."""
    path = standalone / "Easy.lean"
    path.write_text(FORGED)
    seen: list[str] = []
    report = prove_path(
        standalone,
        ProveOptions(generator="py:forger:Forger", workers=1, time_limit=20, write=True, db=db),
        on_result=lambda entry: seen.append(entry.status),
    )
    (result,) = report.theorems
    assert result.status == "failed" and "whole-file re-check failed" in (result.error or "")
    assert "magic" in result.error
    assert seen == ["failed"]  # the progress never counted it as proved
    assert path.read_text() == FORGED
    with ResultStore(db) as store:
        stored = store.get(content_hash(FORGED), "target")
    assert stored is not None and stored.status == "failed" and stored.verified is False

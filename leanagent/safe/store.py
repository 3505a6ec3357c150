"""Verified and refuted steps into the corpus database, as a repository of their own.

Each solution is one file of the ``safe-steps`` repository: a verified step is a theorem
with its proof, a refuted step the theorem of its negation (``NAME_false : ¬ (...)``) with
that proof. Proof rows carry the source ``safe:verified`` or ``safe:refuted``, so the
curriculum can take the former as training data and a critic the latter as negative
examples. Storing a solution again replaces its file's rows.
"""

from __future__ import annotations

from pathlib import Path

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.models import Declaration, Pos, RepoInfo, TracedFile, TracedTheorem
from leanagent.safe.prover import Verdict
from leanagent.safe.verify import SolutionResult, theorem_slug
from leanagent.source.hashing import content_hash

REPO = RepoInfo(name="safe-steps", url="leanagent://safe-steps", root="", commit=None)
SOURCES = {Verdict.VERIFIED: "safe:verified", Verdict.REFUTED: "safe:refuted"}
_BY = " := by\n"


def store_results(db_path: Path, results: list[SolutionResult]) -> int:
    """Write every solution's verified and refuted steps; return how many steps were stored."""
    stored = 0
    with CorpusDB(db_path) as db:
        repo_id = db.upsert_repo(REPO)
        for result in results:
            kept = [s for s in result.steps if s.verdict in SOURCES and _BY in s.proof]
            slug = theorem_slug(result.id)
            text = "".join(s.proof.rstrip("\n") + "\n\n" for s in kept)
            theorems, declarations, line = [], [], 1
            for step in kept:
                statement, proof = step.proof.split(_BY, 1)
                name = statement.split()[1]
                end = line + step.proof.rstrip("\n").count("\n")
                theorems.append(
                    TracedTheorem(
                        full_name=f"SafeSteps.{name}",
                        start=Pos(line, 0),
                        end=Pos(end, 0),
                        statement=statement,
                        proof="by\n" + proof,
                        proof_kind="tactic",
                        has_sorry=False,
                    )
                )
                declarations.append(
                    Declaration(f"SafeSteps.{name}", "theorem", Pos(line, 0), Pos(end, 0), statement)
                )
                line = end + 2
            traced = TracedFile(
                path=f"{slug}.lean",
                module=f"SafeSteps.{slug}",
                content_hash=content_hash(text),
                imports=(),
                declarations=tuple(declarations),
                theorems=tuple(theorems),
            )
            db.write_file(repo_id, traced, trace_key=None)
            for step, theorem in zip(kept, theorems, strict=True):
                theorem_id = db.theorem_id(theorem.full_name, repo_id)
                if theorem_id is not None:
                    db.add_proof(theorem_id, theorem.proof, SOURCES[step.verdict], "tactic", False, True)
                    stored += 1
    return stored

"""The prover's view of the corpus database: per-theorem results and verified proofs.

Results live in the schema's ``prove_results`` table (``leanagent.corpus.prove_results``),
each committed as soon as its search ends, so a rerun skips what is done. A proof that
passed the whole-file re-check is also recorded in the corpus's ``proofs`` table (source
``prover``) when the theorem was traced.
"""

from __future__ import annotations

from pathlib import Path

from leanagent.corpus import prove_results
from leanagent.corpus.db import CorpusDB
from leanagent.corpus.prove_results import StoredResult

PROVER_SOURCE = "prover"


class ResultStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.corpus = CorpusDB(path)
        self.db = self.corpus.db

    def close(self) -> None:
        self.corpus.close()

    def __enter__(self) -> ResultStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, content_hash: str, theorem: str) -> StoredResult | None:
        return prove_results.get(self.db, content_hash, theorem)

    def put(self, result: StoredResult) -> None:
        prove_results.put(self.db, result)

    def record_proof(self, file: Path, theorem: str, proof: str) -> bool:
        """Add a verified proof to the corpus ``proofs`` table if that file's theorem was traced."""
        theorem_id = self.corpus.theorem_id(theorem, file=file)
        if theorem_id is None:
            return False
        self.corpus.add_proof(theorem_id, proof, PROVER_SOURCE, "tactic", has_sorry=False, verified=True)
        return True

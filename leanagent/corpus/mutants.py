"""Provenance of mutated theorems and what a mutation run has done, in the corpus database.

A mutant is a theorem of a synthetic repository (traced like any other); its row here
says where it comes from: the parent theorem, the invocable theorem, the rule, the
direction and the location. `mutation_done` marks the parents already mutated, written
in the same transaction as their file's mutants, so a killed run resumes without
repeating or duplicating anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.schema import writing


@dataclass(frozen=True)
class MutantRecord:
    path: str
    """The mutant's file, relative to the synthetic repository's source root."""
    full_name: str
    parent_id: int
    parent_name: str
    invocable: str
    rule: str
    direction: str
    location: str | None
    """The hypothesis rewritten or replaced; None for the conclusion."""
    statement_key: str


@dataclass(frozen=True)
class ParentStats:
    theorem_id: int
    candidates: int
    probed: int
    hits: int
    constructed: int
    verified: int


def record_file(
    db: CorpusDB, repo_id: int, path: str, mutants: list[MutantRecord], parents: list[ParentStats]
) -> None:
    """Replace the mutants of one synthetic file and mark its parents done, atomically."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with writing(db.db):
        db.db.execute("DELETE FROM mutants WHERE repo_id = ? AND path = ?", [repo_id, path])
        db.db["mutants"].insert_all(
            {"repo_id": repo_id, "created_at": now} | m.__dict__ for m in mutants if m.path == path
        )
        db.db["mutation_done"].upsert_all(({**p.__dict__, "done_at": now} for p in parents), pk="theorem_id")


def done_theorems(db: CorpusDB) -> set[int]:
    return {r[0] for r in db.db.execute("SELECT theorem_id FROM mutation_done")}


def mutant_keys(db: CorpusDB) -> set[str]:
    return {r[0] for r in db.db.execute("SELECT statement_key FROM mutants")}


def synthetic_theorems(db: CorpusDB) -> set[tuple[int, str, str]]:
    """(repository id, file path, full name) of every stored mutant."""
    return {(r, p, n) for r, p, n in db.db.execute("SELECT repo_id, path, full_name FROM mutants")}


def totals(db: CorpusDB) -> dict[str, int]:
    """Sums over every mutated parent, and the mutants that were traced into the corpus."""
    row = db.db.execute(
        "SELECT count(*), coalesce(sum(candidates), 0), coalesce(sum(probed), 0), coalesce(sum(hits), 0), "
        "coalesce(sum(constructed), 0), coalesce(sum(verified), 0) FROM mutation_done"
    ).fetchone()
    stored = db.db.execute(
        "SELECT count(*) FROM mutants m JOIN files f ON f.repo_id = m.repo_id AND f.path = m.path "
        "JOIN theorems t ON t.file_id = f.id AND t.full_name = m.full_name"
    ).fetchone()[0]
    keys = ("theorems", "candidates", "probed", "hits", "constructed", "verified")
    return dict(zip(keys, row, strict=True)) | {"stored": stored}

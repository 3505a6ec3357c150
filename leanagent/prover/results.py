"""Per-theorem prove results in the corpus database, keyed by (file content hash, theorem).

The table lives in the corpus database file but belongs to the prover (created here if
missing, so the corpus schema needs no migration for it). Each result is committed as
soon as its search ends, so a killed run loses at most the searches in flight, and a
rerun skips what is done. A proof that passed the whole-file re-check is also recorded
in the corpus's ``proofs`` table (source ``prover``) when the theorem was traced.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.schema import writing

TABLE = "prove_results"
LEGACY_HASH_CHARS = 20
"""Until the one ``content_hash`` (``leanagent.source.hashing``), results were keyed by the
first 20 hex digits of the text's sha256."""
PROVER_SOURCE = "prover"


@dataclass
class StoredResult:
    file: str
    content_hash: str
    theorem: str
    status: str
    tactics: tuple[str, ...]
    seconds: float
    stats: dict
    generator: str
    verified: bool | None
    written: bool
    error: str | None


class ResultStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.corpus = CorpusDB(path)
        self.db = self.corpus.db
        if TABLE not in self.db.table_names():
            self.db[TABLE].create(
                {
                    "id": int,
                    "file": str,
                    "content_hash": str,
                    "theorem": str,
                    "status": str,
                    "tactics": str,
                    "seconds": float,
                    "stats": str,
                    "generator": str,
                    "verified": int,
                    "written": int,
                    "error": str,
                    "updated_at": str,
                },
                pk="id",
                not_null={"file", "content_hash", "theorem", "status"},
                if_not_exists=True,
            )
            self.db[TABLE].create_index(["content_hash", "theorem"], unique=True, if_not_exists=True)

    def close(self) -> None:
        self.corpus.close()

    def __enter__(self) -> ResultStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, content_hash: str, theorem: str) -> StoredResult | None:
        """The result for ``theorem`` of the text with ``content_hash``; a row written before the
        hash was the full sha256 (keyed by its first ``LEGACY_HASH_CHARS``) still counts, and is
        returned under the full hash, so the next ``put`` stores it that way."""
        row = self.db.execute(
            f"SELECT file, content_hash, theorem, status, tactics, seconds, stats, generator, verified, "
            f"written, error FROM {TABLE} WHERE content_hash IN (?, ?) AND theorem = ? "
            "ORDER BY length(content_hash) DESC LIMIT 1",
            [content_hash, content_hash[:LEGACY_HASH_CHARS], theorem],
        ).fetchone()
        if row is None:
            return None
        return StoredResult(
            row[0],
            content_hash,
            row[2],
            row[3],
            tuple(json.loads(row[4] or "[]")),
            row[5] or 0.0,
            json.loads(row[6] or "{}"),
            row[7] or "",
            None if row[8] is None else bool(row[8]),
            bool(row[9]),
            row[10],
        )

    def put(self, result: StoredResult) -> None:
        with writing(self.db):
            self.db.execute(
                f"INSERT INTO {TABLE} (file, content_hash, theorem, status, tactics, seconds, stats, generator, "
                "verified, written, error, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(content_hash, theorem) DO UPDATE SET file = excluded.file, status = excluded.status, "
                "tactics = excluded.tactics, seconds = excluded.seconds, stats = excluded.stats, "
                "generator = excluded.generator, verified = excluded.verified, written = excluded.written, "
                "error = excluded.error, updated_at = excluded.updated_at",
                [
                    result.file,
                    result.content_hash,
                    result.theorem,
                    result.status,
                    json.dumps(list(result.tactics), ensure_ascii=False),
                    result.seconds,
                    json.dumps(result.stats),
                    result.generator,
                    None if result.verified is None else int(result.verified),
                    int(result.written),
                    result.error,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ],
            )

    def record_proof(self, file: Path, theorem: str, proof: str) -> bool:
        """Add a verified proof to the corpus ``proofs`` table if that file's theorem was traced."""
        theorem_id = self.corpus.theorem_id(theorem, file=file)
        if theorem_id is None:
            return False
        self.corpus.add_proof(theorem_id, proof, PROVER_SOURCE, "tactic", has_sorry=False, verified=True)
        return True

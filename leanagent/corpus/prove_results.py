"""The prover's per-theorem results (``prove_results``), keyed by (file content hash, theorem).

The table is part of the schema (migration 5); the prover reads and writes it only here.
Each result is committed on its own, so a killed run loses at most the searches in flight.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils

from leanagent.corpus.schema import writing

TABLE = "prove_results"
LEGACY_HASH_CHARS = 20
"""Until the one ``content_hash`` (``leanagent.source.hashing``), results were keyed by the
first 20 hex digits of the text's sha256."""


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


def get(db: sqlite_utils.Database, content_hash: str, theorem: str) -> StoredResult | None:
    """The result for ``theorem`` of the text with ``content_hash``; a row written before the
    hash was the full sha256 (keyed by its first ``LEGACY_HASH_CHARS``) still counts, and is
    returned under the full hash, so the next ``put`` stores it that way."""
    row = db.execute(
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


def put(db: sqlite_utils.Database, result: StoredResult) -> None:
    """Insert or replace the result of (``result.content_hash``, ``result.theorem``)."""
    with writing(db):
        db.execute(
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

"""Migration 5 (``prove_results`` in the schema) upgrades databases written before it."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from leanagent.corpus import prove_results
from leanagent.corpus.prove_results import StoredResult
from leanagent.corpus.schema import MIGRATIONS, SCHEMA_VERSION, _statements, open_db, schema_version

BEFORE = 4
"""The last schema version without ``prove_results``."""


def _database_before_the_migration(path: Path, prover_table: bool) -> None:
    """A file as leanagent wrote it at schema version 4, with the table the prover used to create."""
    db = sqlite_utils.Database(path)
    for script in MIGRATIONS[:BEFORE]:
        for statement in _statements(script):
            db.execute(statement)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(BEFORE)])
    if prover_table:  # exactly what prover/results.py did before the migration existed
        db["prove_results"].create(
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
        )
        db["prove_results"].create_index(["content_hash", "theorem"], unique=True)
        db["prove_results"].insert(
            {
                "file": "A.lean",
                "content_hash": "h" * 64,
                "theorem": "old",
                "status": "proved",
                "tactics": '["simp"]',
                "seconds": 1.5,
                "stats": "{}",
                "generator": "portfolio",
                "verified": 1,
                "written": 0,
                "error": None,
                "updated_at": "2026-01-01T00:00:00+00:00",
            }
        )
    db.conn.commit()
    db.close()


@pytest.mark.parametrize("prover_table", [True, False])
def test_an_old_database_is_upgraded_and_keeps_its_results(tmp_path: Path, prover_table: bool):
    assert SCHEMA_VERSION > BEFORE
    path = tmp_path / "old.db"
    _database_before_the_migration(path, prover_table)
    db = open_db(path)
    assert schema_version(db) == SCHEMA_VERSION
    old = prove_results.get(db, "h" * 64, "old")
    if prover_table:
        assert old == StoredResult(
            "A.lean", "h" * 64, "old", "proved", ("simp",), 1.5, {}, "portfolio", True, False, None
        )
    else:
        assert old is None
    new = StoredResult(
        "B.lean", "k" * 64, "new", "failed", (), 2.0, {"nodes": 3}, "g", None, False, "timeout"
    )
    prove_results.put(db, new)
    new.status = "found"
    prove_results.put(db, new)  # the unique (content_hash, theorem) index still holds
    assert prove_results.get(db, "k" * 64, "new") == new
    assert db.execute("SELECT count(*) FROM prove_results").fetchone()[0] == 1 + prover_table
    db.close()

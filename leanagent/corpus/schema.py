"""The corpus database schema, versioned: migrations applied in order on open.

``meta.schema_version`` records how far a file is migrated; a newer file than this code
knows is refused rather than misread. Only this package writes the schema.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

MIGRATIONS: tuple[str, ...] = (
    # 1: repos, files, declarations (premises), theorems, proofs, tactics, premise uses.
    """
    CREATE TABLE repos (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        url TEXT NOT NULL UNIQUE,
        root TEXT,
        commit_sha TEXT,
        traced_at TEXT
    );
    CREATE TABLE files (
        id INTEGER PRIMARY KEY,
        repo_id INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        module TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        trace_key TEXT,
        commit_sha TEXT,
        imports TEXT NOT NULL DEFAULT '[]',
        traced INTEGER NOT NULL DEFAULT 1,
        error TEXT,
        traced_at TEXT,
        UNIQUE (repo_id, path)
    );
    CREATE INDEX files_module ON files(module);
    CREATE TABLE premises (
        id INTEGER PRIMARY KEY,
        file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        full_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        code TEXT NOT NULL,
        start_line INTEGER NOT NULL, start_col INTEGER NOT NULL,
        end_line INTEGER NOT NULL, end_col INTEGER NOT NULL,
        UNIQUE (file_id, full_name)
    );
    CREATE INDEX premises_name ON premises(full_name);
    CREATE TABLE theorems (
        id INTEGER PRIMARY KEY,
        file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
        full_name TEXT NOT NULL,
        statement TEXT NOT NULL,
        start_line INTEGER NOT NULL, start_col INTEGER NOT NULL,
        end_line INTEGER NOT NULL, end_col INTEGER NOT NULL,
        proof_kind TEXT NOT NULL,
        has_sorry INTEGER NOT NULL,
        UNIQUE (file_id, full_name)
    );
    CREATE INDEX theorems_name ON theorems(full_name);
    CREATE TABLE proofs (
        id INTEGER PRIMARY KEY,
        theorem_id INTEGER NOT NULL REFERENCES theorems(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        has_sorry INTEGER NOT NULL,
        verified INTEGER,
        created_at TEXT,
        UNIQUE (theorem_id, source, text)
    );
    CREATE TABLE tactics (
        id INTEGER PRIMARY KEY,
        theorem_id INTEGER NOT NULL REFERENCES theorems(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        start_line INTEGER NOT NULL, start_col INTEGER NOT NULL,
        end_line INTEGER NOT NULL, end_col INTEGER NOT NULL,
        goals_before TEXT NOT NULL,
        goals_after TEXT NOT NULL,
        state_before TEXT NOT NULL,
        state_after TEXT NOT NULL,
        UNIQUE (theorem_id, idx)
    );
    CREATE TABLE premise_uses (
        id INTEGER PRIMARY KEY,
        tactic_id INTEGER NOT NULL REFERENCES tactics(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        full_name TEXT NOT NULL,
        module TEXT NOT NULL,
        path TEXT NOT NULL,
        def_start_line INTEGER NOT NULL, def_start_col INTEGER NOT NULL,
        def_end_line INTEGER NOT NULL, def_end_col INTEGER NOT NULL,
        statement TEXT NOT NULL,
        tac_start INTEGER NOT NULL,
        tac_end INTEGER NOT NULL,
        UNIQUE (tactic_id, idx)
    );
    CREATE INDEX premise_uses_name ON premise_uses(full_name);
    """,
    # 2: tactic nesting depth (tactics are stored in source order, outer before inner).
    """
    ALTER TABLE tactics ADD COLUMN depth INTEGER NOT NULL DEFAULT 0;
    """,
    # 3: the dynamic database (lifelong learning): each repository's version (content hash,
    # Lean version) as added, and proofs found by the agent, traced, keyed by (repository
    # url, file, declaration) so that re-tracing a repository never deletes them.
    """
    ALTER TABLE repos ADD COLUMN content_hash TEXT;
    ALTER TABLE repos ADD COLUMN lean_version TEXT;
    ALTER TABLE repos ADD COLUMN added_at TEXT;
    CREATE TABLE repo_versions (
        id INTEGER PRIMARY KEY,
        repo_id INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        commit_sha TEXT,
        lean_version TEXT,
        added_at TEXT NOT NULL
    );
    CREATE TABLE learned_proofs (
        id INTEGER PRIMARY KEY,
        repo_url TEXT NOT NULL,
        path TEXT NOT NULL,
        full_name TEXT NOT NULL,
        statement TEXT NOT NULL,
        text TEXT NOT NULL,
        source TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        placeholder TEXT,
        found_at TEXT NOT NULL,
        UNIQUE (repo_url, path, full_name, text)
    );
    CREATE TABLE learned_tactics (
        id INTEGER PRIMARY KEY,
        proof_id INTEGER NOT NULL REFERENCES learned_proofs(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        depth INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        start_line INTEGER NOT NULL, start_col INTEGER NOT NULL,
        end_line INTEGER NOT NULL, end_col INTEGER NOT NULL,
        goals_before TEXT NOT NULL,
        goals_after TEXT NOT NULL,
        state_before TEXT NOT NULL,
        state_after TEXT NOT NULL,
        UNIQUE (proof_id, idx)
    );
    CREATE TABLE learned_premise_uses (
        id INTEGER PRIMARY KEY,
        tactic_id INTEGER NOT NULL REFERENCES learned_tactics(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        full_name TEXT NOT NULL,
        module TEXT NOT NULL,
        path TEXT NOT NULL,
        def_start_line INTEGER NOT NULL, def_start_col INTEGER NOT NULL,
        def_end_line INTEGER NOT NULL, def_end_col INTEGER NOT NULL,
        statement TEXT NOT NULL,
        tac_start INTEGER NOT NULL,
        tac_end INTEGER NOT NULL,
        UNIQUE (tactic_id, idx)
    );
    """,
    # 4: mutation: verified mutants (theorems of a synthetic repository) with their provenance,
    # and the theorems already mutated (what a resumed run skips).
    """
    CREATE TABLE mutants (
        id INTEGER PRIMARY KEY,
        repo_id INTEGER NOT NULL REFERENCES repos(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        full_name TEXT NOT NULL,
        parent_id INTEGER REFERENCES theorems(id) ON DELETE SET NULL,
        parent_name TEXT NOT NULL,
        invocable TEXT NOT NULL,
        rule TEXT NOT NULL,
        direction TEXT NOT NULL,
        location TEXT,
        statement_key TEXT NOT NULL,
        created_at TEXT,
        UNIQUE (repo_id, full_name)
    );
    CREATE INDEX mutants_key ON mutants(statement_key);
    CREATE INDEX mutants_parent ON mutants(parent_id);
    CREATE TABLE mutation_done (
        theorem_id INTEGER PRIMARY KEY REFERENCES theorems(id) ON DELETE CASCADE,
        candidates INTEGER NOT NULL,
        probed INTEGER NOT NULL,
        hits INTEGER NOT NULL,
        constructed INTEGER NOT NULL,
        verified INTEGER NOT NULL,
        done_at TEXT
    );
    """,
    # 5: the prover's per-theorem results, keyed by (file content hash, theorem). Before this
    # migration the prover created the table itself (with the same columns and index), hence
    # IF NOT EXISTS: such a file keeps its rows.
    """
    CREATE TABLE IF NOT EXISTS prove_results (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        theorem TEXT NOT NULL,
        status TEXT NOT NULL,
        tactics TEXT,
        seconds FLOAT,
        stats TEXT,
        generator TEXT,
        verified INTEGER,
        written INTEGER,
        error TEXT,
        updated_at TEXT
    );
    CREATE UNIQUE INDEX IF NOT EXISTS idx_prove_results_content_hash_theorem
        ON prove_results(content_hash, theorem);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(RuntimeError):
    """The database was written by a newer leanagent, or is not a corpus database."""


def schema_version(db: sqlite_utils.Database) -> int:
    if "meta" not in db.table_names():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a corpus database and migrate it to ``SCHEMA_VERSION``."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 30000")
    if not db.memory:
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")  # with WAL: durable at checkpoints, atomic always
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"{path} has schema version {version}; this leanagent knows up to {SCHEMA_VERSION}. "
            "Upgrade leanagent or trace into a new database."
        )
    if version == 0 and any(t != "meta" for t in db.table_names()):
        raise SchemaError(f"{path} holds tables but no leanagent schema version: not a corpus database")
    for number in range(version + 1, SCHEMA_VERSION + 1):
        with writing(db):
            for statement in _statements(MIGRATIONS[number - 1]):
                db.execute(statement)
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [str(number)],
            )
    return db


@contextlib.contextmanager
def writing(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction that takes SQLite's write lock at its start (``BEGIN IMMEDIATE``).

    A deferred transaction reads first (``max(id)``, existing rows) under a snapshot that
    another writer may commit past; taking the lock first makes two writers queue (up to
    the busy timeout) instead of colliding. Nested use becomes a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def _statements(script: str) -> list[str]:
    """Split a migration script into single statements (executescript would commit early)."""
    return [s.strip() for s in script.split(";") if s.strip()]

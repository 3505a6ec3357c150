"""The corpus database on real SQLite files: schema versions, per-file replacement, queries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.models import Pos, RepoInfo
from leanagent.corpus.schema import SCHEMA_VERSION, SchemaError, open_db, schema_version


def _fill(db: CorpusDB, r) -> tuple[int, int]:
    core = db.upsert_repo(r.CORE)
    proj = db.upsert_repo(r.PROJ)
    db.write_file(core, r.core_file(), trace_key="k0")
    db.write_file(proj, r.proj_file("A"), trace_key="k1", commit=r.PROJ.commit)
    db.write_file(proj, r.proj_file("B", imports=("Proj.A",)), trace_key="k2", commit=r.PROJ.commit)
    return core, proj


def test_schema_is_versioned(tmp_path):
    path = tmp_path / "c.db"
    db = open_db(path)
    assert schema_version(db) == SCHEMA_VERSION >= 1
    assert {"repos", "files", "theorems", "tactics", "premises", "proofs", "meta"} <= set(db.table_names())
    db.close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    raw.commit()
    raw.close()
    with pytest.raises(SchemaError, match="schema version"):
        open_db(path)


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE stuff (x)")
    raw.commit()
    raw.close()
    with pytest.raises(SchemaError, match="not a corpus database"):
        open_db(path)


def test_write_and_load_round_trip(tmp_path, records):
    with CorpusDB(tmp_path / "c.db") as db:
        _, proj = _fill(db, records)
        row = db.file(proj, "Proj/A.lean")
        assert row is not None and row.trace_key == "k1" and row.imports == ("Init.Core",)
        assert db.load_file(row.id) == records.proj_file("A")
        counts = db.counts(proj)
        assert counts["theorems"] == 6 and counts["sorries"] == 2 and counts["tactics"] == 18
        assert counts["premise_uses"] == 2 * (1 + 2 + 2) - 0  # t0: 1 use, t1/t2: 2 uses, per file
        assert db.counts()["premises"] == counts["premises"] + 2


def test_rewriting_a_file_replaces_without_duplicates_and_keeps_theorem_ids(tmp_path, records):
    with CorpusDB(tmp_path / "c.db") as db:
        _, proj = _fill(db, records)
        tid = db.theorem_id("Proj.A.t0", proj)
        db.add_proof(tid, "by simp", source="prover", kind="tactic", has_sorry=False, verified=True)
        before = db.counts()
        for _ in range(3):
            db.write_file(proj, records.proj_file("A", salt="x"), trace_key="k1b")
        assert db.counts() == before
        assert db.theorem_id("Proj.A.t0", proj) == tid
        sources = [r[0] for r in db.db.execute("SELECT source FROM proofs WHERE theorem_id = ?", [tid])]
        assert sorted(sources) == ["file", "prover"]
        # A file that lost a theorem loses its rows, tactics and premise uses included.
        db.write_file(proj, records.proj_file("A", n=1), trace_key="k1c")
        assert db.counts(proj)["theorems"] == 4
        orphans = db.db.execute(
            "SELECT count(*) FROM tactics WHERE theorem_id NOT IN (SELECT id FROM theorems)"
        ).fetchone()[0]
        assert orphans == 0


def test_failed_transaction_leaves_file_untouched(tmp_path, monkeypatch, records):
    with CorpusDB(tmp_path / "c.db") as db:
        _, proj = _fill(db, records)
        before = db.counts()
        original = db._write_theorems

        def boom(*args):
            original(*args)
            raise RuntimeError("killed midway")

        monkeypatch.setattr(db, "_write_theorems", boom)
        with pytest.raises(RuntimeError):
            db.write_file(proj, records.proj_file("A", n=5), trace_key="new")
        assert db.counts() == before
        assert db.file(proj, "Proj/A.lean").trace_key == "k1"


def test_accessible_premises_are_imports_plus_earlier_declarations(tmp_path, records):
    with CorpusDB(tmp_path / "c.db") as db:
        _, proj = _fill(db, records)
        graph = db.import_graph()
        assert set(graph.successors("Proj.B")) == {"Proj.A"}
        tid = db.theorem_id("Proj.B.t1", proj)
        names = {p.full_name for p in db.accessible_premises(tid, db.accessibility())}
        # Transitive: Proj.B imports Proj.A, which imports Init.Core.
        assert {"Nat.add_comm", "And", "Proj.A.t0", "Proj.A.t1", "Proj.A.t2", "Proj.B.t0"} == names
        first = db.theorem_id("Proj.A.t0", proj)
        assert {p.full_name for p in db.accessible_premises(first)} == {"Nat.add_comm", "And"}


def test_remove_files_drops_deleted_sources(tmp_path, records):
    with CorpusDB(tmp_path / "c.db") as db:
        _, proj = _fill(db, records)
        assert db.remove_files(proj, {"Proj/A.lean"}) == ["Proj/B.lean"]
        assert [f.path for f in db.files(proj)] == ["Proj/A.lean"]
        assert db.counts(proj)["theorems"] == 3


def test_positions_survive(tmp_path, records):
    with CorpusDB(tmp_path / "c.db") as db:
        _fill(db, records)
        add_comm = next(p for p in db.premises() if p.full_name == "Nat.add_comm")
        assert (add_comm.start, add_comm.end, add_comm.module) == (Pos(3, 0), Pos(4, 30), "Init.Core")


def test_accessible_premise_ids_match_the_rows(tmp_path, records):
    with CorpusDB(tmp_path / "c.db") as db:
        _, proj = _fill(db, records)
        access = db.accessibility()
        for name in ("Proj.A.t0", "Proj.A.t2", "Proj.B.t1"):
            tid = db.theorem_id(name, proj)
            assert db.accessible_premise_ids(tid, access) == {p.id for p in db.accessible_premises(tid)}


def test_theorem_id_by_file_tells_same_named_theorems_apart(tmp_path, records):
    """Proofs attach to the theorem of the file they were found in, not to its namesake."""
    other = RepoInfo(name="Other", url="file:///y/Other", root="/y/Other", commit="b" * 40)
    with CorpusDB(tmp_path / "c.db") as db:
        _fill(db, records)
        second = db.upsert_repo(other)
        db.write_file(second, records.proj_file("A"), trace_key="k9")
        here = db.theorem_id("Proj.A.t0", file=Path("/x/Proj/Proj/A.lean"))
        there = db.theorem_id("Proj.A.t0", file=Path("/y/Other/Proj/A.lean"))
        assert here is not None and there is not None and here != there
        assert db.theorem_id("Proj.A.t0", file=Path("/z/Proj/A.lean")) is None

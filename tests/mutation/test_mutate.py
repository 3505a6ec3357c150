"""Mutation end to end on a two-file fixture project, with the real Lean engine: probing,
verification, storage with provenance, tracing, export, emitted files, resumption."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leanagent.cli import app
from leanagent.config import ALLOWED_AXIOMS
from leanagent.corpus.db import CorpusDB
from leanagent.corpus.leandojo_export import export_leandojo
from mutation.run import MutationOptions, mutate

FIXTURE = Path(__file__).parent / "fixtures" / "Mini"
FAST = {"max_per_theorem": 4, "max_probes": 60}


@pytest.fixture(scope="module")
def mutated(tmp_path_factory, engine):
    tmp = tmp_path_factory.mktemp("mutation")
    project = tmp / "Mini"
    shutil.copytree(FIXTURE, project)
    db = tmp / "corpus.db"
    summary = mutate(db, MutationOptions(**FAST, emit=tmp / "emit"), [project])
    return tmp, db, summary


@pytest.mark.slow
def test_mutants_are_verified_stored_and_traced(mutated) -> None:
    _, db_path, summary = mutated
    assert summary.theorems == 5  # the fixture's proved theorems
    assert 0 < summary.verified <= summary.constructed <= summary.hits <= summary.probed <= summary.candidates
    assert summary.stored == summary.verified
    with CorpusDB(db_path) as db:
        rows = db.db.execute(
            "SELECT m.full_name, m.parent_name, m.invocable, m.rule, m.direction, m.location, t.id, t.statement, "
            "p.statement FROM mutants m JOIN files f ON f.repo_id = m.repo_id AND f.path = m.path "
            "JOIN theorems t ON t.file_id = f.id AND t.full_name = m.full_name "
            "JOIN theorems p ON p.id = m.parent_id"
        ).fetchall()
        assert len(rows) == summary.stored
        for name, parent, invocable, rule, direction, location, _tid, statement, parent_statement in rows:
            assert name.startswith(parent + ".mut_")
            assert rule in ("rw", "apply") and direction in ("forward", "backward", "mp", "mpr")
            assert invocable and statement != parent_statement
            assert location is None or location in parent_statement
        # traced like any theorem: (state, tactic) rows, and premises for the invocable theorem
        tactics = db.db.execute(
            "SELECT count(*) FROM tactics x JOIN theorems t ON t.id = x.theorem_id WHERE t.full_name LIKE '%.mut_%'"
        ).fetchone()[0]
        assert tactics >= summary.stored
        used = {
            r[0]
            for r in db.db.execute(
                "SELECT u.full_name FROM premise_uses u JOIN tactics x ON x.id = u.tactic_id "
                "JOIN theorems t ON t.id = x.theorem_id WHERE t.full_name LIKE '%.mut_%'"
            )
        }
        assert {r[2] for r in rows} & used
        keys = db.db.execute("SELECT statement_key FROM mutants").fetchall()
        assert len(keys) == len(set(keys))  # no two mutants state the same thing


@pytest.mark.slow
def test_export_flags_synthetic_theorems(mutated, tmp_path) -> None:
    _, db_path, summary = mutated
    with CorpusDB(db_path) as db:
        export_leandojo(db, tmp_path / "ld")
    entries = [
        e
        for part in ("train", "val", "test")
        for e in json.loads((tmp_path / "ld" / "random" / f"{part}.json").read_text())
    ]
    flagged = {e["full_name"] for e in entries if e["synthetic"]}
    assert len(flagged) == summary.stored
    assert all(".mut_" in name for name in flagged)
    assert any(not e["synthetic"] and e["full_name"] == "Mini.add_swap" for e in entries)


@pytest.mark.slow
def test_emitted_files_check_with_standard_axioms(mutated) -> None:
    tmp, _, summary = mutated
    assert summary.emitted
    total = 0
    for path in map(Path, summary.emitted):
        result = CliRunner().invoke(app, ["check", str(path), "--json"])
        assert result.exit_code == 0, result.output
        theorems = json.loads(result.output)["theorems"]
        assert theorems and all(t["status"] == "ok" for t in theorems)
        assert all(set(t["axioms"]) <= ALLOWED_AXIOMS for t in theorems)
        assert "import Mini." in path.read_text()
        total += len(theorems)
    assert total == summary.stored


@pytest.mark.slow
def test_second_run_resumes_and_adds_nothing(mutated) -> None:
    _, db_path, first = mutated
    again = mutate(db_path, MutationOptions(**FAST))
    assert again.resumed == first.theorems
    assert (again.stored, again.verified, again.probed) == (first.stored, first.verified, first.probed)


@pytest.mark.slow
def test_killed_cli_run_resumes_without_duplicates(tmp_path, engine) -> None:
    project = tmp_path / "Mini"
    shutil.copytree(FIXTURE, project)
    db = tmp_path / "corpus.db"
    cli = str(Path(sys.executable).parent / "leanagent")
    args = ["mutate", str(project), "--db", str(db), "--max-per-theorem", "3", "--max-probes", "40"]
    proc = subprocess.Popen([cli, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:  # until the first file is stored
            if _count(db, "mutation_done"):
                break
            time.sleep(0.1)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run was killed, not finished"
    with CorpusDB(db) as corpus:
        done_before = corpus.db.execute("SELECT count(*) FROM mutation_done").fetchone()[0]
    assert 0 < done_before < 5, "killed after the first file, before the second"
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    for key in ("theorems", "candidates", "probed", "constructed", "verified", "stored"):
        assert key in summary
    assert summary["theorems"] == 5 and summary["resumed"] == done_before
    with CorpusDB(db) as corpus:
        dup = corpus.db.execute(
            "SELECT count(*) FROM (SELECT f.repo_id, t.full_name FROM theorems t JOIN files f ON f.id = t.file_id "
            "GROUP BY f.repo_id, t.full_name HAVING count(*) > 1)"
        ).fetchone()[0]
        assert dup == 0
        assert summary["stored"] == corpus.db.execute("SELECT count(*) FROM mutants").fetchone()[0] > 0


def _count(db: Path, table: str) -> int:
    """Rows of ``table``, read without migrating or locking (0 while it does not exist)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_unknown_rule_is_a_clear_error(tmp_path) -> None:
    result = CliRunner().invoke(app, ["mutate", "--db", str(tmp_path / "c.db"), "--rules", "rw,splice"])
    assert result.exit_code == 2 and "unknown rule" in result.output
    assert not (tmp_path / "c.db").exists()

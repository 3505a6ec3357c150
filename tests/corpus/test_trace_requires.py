"""Tracing a project that imports another one it requires by path."""

from __future__ import annotations

import shutil
from pathlib import Path

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.trace import TraceOptions, trace_path

FIXTURES = Path(__file__).resolve().parents[1] / "lean" / "fixtures" / "requires"


def test_premises_of_a_required_project_resolve_into_it(tmp_path, engine):
    shutil.copytree(FIXTURES, tmp_path / "requires")
    app = tmp_path / "requires" / "App"
    db_path = tmp_path / "corpus.db"
    summary = trace_path(app, db_path, TraceOptions(build_dir=tmp_path / "build"), engine)
    assert summary.errors == {} and (summary.files, summary.files_traced) == (2, 2)
    assert summary.theorems == 3  # Base's theorem is not App's
    with CorpusDB(db_path) as db:
        repos = {db.repo(f.repo_id).name: db.repo(f.repo_id) for f in db.files()}
        assert {"core", "App", "Base"} <= set(repos)
        base_files = [f for f in db.files() if f.repo_id == db.repo_ids()[repos["Base"].url]]
        assert [(f.module, f.traced) for f in base_files] == [("Base.Defs", False)]
        uses = {
            u.full_name: u
            for f in db.files()
            if f.traced
            for t in db.load_file(f.id).theorems
            for tac in t.tactics
            for u in tac.premises
        }
        assert (
            uses["Base.double_eq"].module == "Base.Defs" and uses["Base.double_eq"].path == "Base/Defs.lean"
        )
        tid = db.theorem_id("App.double_even")
        assert "Base.double_eq" in {p.full_name for p in db.accessible_premises(tid)}
    again = trace_path(app, db_path, TraceOptions(build_dir=tmp_path / "build"), engine)
    assert again.files_skipped == 2 and again.files_traced == 0
    defs = tmp_path / "requires" / "Base" / "Base" / "Defs.lean"
    defs.write_text(defs.read_text() + "\ntheorem extra : True := trivial\n")
    edited = trace_path(app, db_path, TraceOptions(build_dir=tmp_path / "build"), engine)
    assert edited.files_traced == 2  # a required module changed: its importers are traced again

"""Acceptance on the bundled curriculum projects: counts, goals, premises (slow)."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.lsp import FileSession
from leanagent.corpus.trace import TraceOptions, trace_path
from leanagent.lean.server import LeanServer, lean_server_spec

PROJECTS = Path(__file__).resolve().parents[2] / "lean_projects"
NAMES = ("Logic", "NatArith", "NatOrder", "Lists", "Structures")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundled(tmp_path_factory, engine):
    root = tmp_path_factory.mktemp("bundled")
    db_path = root / "corpus.db"
    builds = {}
    summaries = {}
    for name in NAMES:
        builds[name] = root / f"build-{name}"
        summaries[name] = trace_path(PROJECTS / name, db_path, TraceOptions(build_dir=builds[name]), engine)
    return db_path, summaries, builds


def test_counts_meet_the_curriculum(bundled):
    _, summaries, _ = bundled
    for name, s in summaries.items():
        assert s.files_failed == 0, (name, s.errors)
    assert sum(s.theorems for s in summaries.values()) >= 400
    assert sum(s.sorries for s in summaries.values()) >= 40
    assert sum(s.tactics for s in summaries.values()) >= 1000


def test_sampled_goals_equal_the_server(bundled, engine):
    db_path, _, builds = bundled
    rng = random.Random(0)
    with CorpusDB(db_path) as db:
        repos = {db.repo(f.repo_id).name: db.repo(f.repo_id) for f in db.files()}
        checked = 0
        with ThreadPoolExecutor(4) as pool:
            for name in NAMES:
                project = Path(repos[name].root)
                files = [f for f in db.files() if f.traced and db.repo(f.repo_id).name == name]
                env = engine.env((builds[name],))
                with LeanServer(lean_server_spec(engine.lean, project, env, None)) as server:
                    for f in rng.sample(files, min(2, len(files))):
                        path = project / f.path
                        tactics = [t for thm in db.load_file(f.id).theorems for t in thm.tactics]
                        with FileSession(server, path, path.read_text(), pool, 300) as s:
                            before = s.goals([t.start for t in tactics])
                            after = s.goals([t.end for t in tactics])
                        for t, b, a in zip(tactics, before, after, strict=True):
                            assert (t.goals_before, t.goals_after) == (b, a or ()), (f.path, t.text)
                            checked += 1
    assert checked >= 100


def test_premises_resolve_into_core_and_projects(bundled):
    db_path, _, _ = bundled
    with CorpusDB(db_path) as db:
        modules = {r[0] for r in db.db.execute("SELECT DISTINCT module FROM premise_uses")}
        unknown = db.db.execute(
            "SELECT count(*) FROM premise_uses u WHERE NOT EXISTS "
            "(SELECT 1 FROM premises p WHERE p.full_name = u.full_name)"
            " AND NOT EXISTS (SELECT 1 FROM files f WHERE f.path = u.path)"
        ).fetchone()[0]
    assert any(m.startswith("Init") for m in modules)
    assert any(m.split(".")[0] in NAMES for m in modules)
    assert unknown == 0

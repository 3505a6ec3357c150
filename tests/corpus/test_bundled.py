"""Acceptance on the bundled curriculum projects: counts, goals, premises (slow)."""

from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pytest
from goal_replay import normalise, top_level

from leanagent.corpus.db import CorpusDB
from leanagent.corpus.trace import TraceOptions, trace_path
from leanagent.lean.dojo import Dojo, ProofFinished, ProofTarget, TacticState
from leanagent.lean.launch import lean_server_spec
from leanagent.lean.project import required_projects
from leanagent.lean.server import LeanServer

PROJECTS = Path(__file__).resolve().parents[2] / "lean_projects"


def _curriculum() -> tuple[str, ...]:
    """Every bundled project, each after the projects it requires."""
    graph = nx.DiGraph()
    for project in PROJECTS.iterdir():
        if (project / "lakefile.toml").is_file() and project.name != "core":
            graph.add_node(project.name)
            graph.add_edges_from((dep.name, project.name) for dep in required_projects(project))
    return tuple(nx.lexicographical_topological_sort(graph))


NAMES = _curriculum()

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
    assert len(summaries) >= 12
    for name, s in summaries.items():
        assert s.files_failed == 0, (name, s.errors)
        assert s.theorems - s.sorries >= 40 and s.sorries >= 8, name
    assert sum(s.theorems for s in summaries.values()) >= 400
    assert sum(s.sorries for s in summaries.values()) >= 40
    assert sum(s.tactics for s in summaries.values()) >= 1000


def _dedent(text: str, column: int) -> str:
    """A tactic's text as the Dojo takes it: later lines lose the indentation of its first."""
    lines = text.split("\n")
    return "\n".join([lines[0]] + [ln[min(column, len(ln) - len(ln.lstrip(" "))) :] for ln in lines[1:]])


def test_sampled_goals_equal_the_server(bundled, engine):
    """Sampled traced proofs replayed in the Dojo: after each tactic, the traced goals."""
    db_path, _, builds = bundled
    rng = random.Random(0)
    with CorpusDB(db_path) as db:
        repos = {db.repo(f.repo_id).name: db.repo(f.repo_id) for f in db.files()}
        checked = 0
        for name in NAMES:
            project = Path(repos[name].root)
            files = [f for f in db.files() if f.traced and db.repo(f.repo_id).name == name]
            env = engine.env((builds[name],))
            with LeanServer(lean_server_spec(engine.lean, project, env, None)) as server:
                for f in rng.sample(files, min(2, len(files))):
                    path = project / f.path
                    proofs = [
                        t for t in db.load_file(f.id).theorems if t.proof_kind == "tactic" and not t.has_sorry
                    ]
                    nested = [t for t in proofs if len(top_level(t.tactics)) < len(t.tactics)]
                    picked = rng.sample(nested, min(1, len(nested)))
                    rest = [t for t in proofs if t not in picked]
                    for thm in picked + rng.sample(rest, min(2 - len(picked), len(rest))):
                        top = top_level(thm.tactics)
                        target = ProofTarget.from_file(path, thm.full_name.split(".")[-1])
                        with Dojo(target, server=server, engine=engine) as (dojo, state):
                            where = (f.path, thm.full_name)
                            assert normalise(state.goals) == normalise(top[0].goals_before), where
                            for t in top:
                                assert isinstance(state, TacticState), (*where, t.text, state)
                                assert normalise(state.goals) == normalise(t.goals_before), (
                                    *where,
                                    "before",
                                    t.text,
                                )
                                state = dojo.run_tac(state, _dedent(t.text, t.start.column))
                                assert isinstance(state, (TacticState, ProofFinished)), (
                                    *where,
                                    t.text,
                                    state,
                                )
                                after = state.goals if isinstance(state, TacticState) else ()
                                assert normalise(after) == normalise(t.goals_after), (*where, "after", t.text)
                                checked += 1
                            assert isinstance(state, ProofFinished), where
    assert checked >= 20


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


def test_export_reads_like_reprover_and_round_trips(bundled, tmp_path):
    """Every premise annotation locates a corpus premise (ReProver's ``locate_premise``),
    and export -> import -> export is byte-identical."""
    import json

    from leanagent.corpus.leandojo_export import export_leandojo
    from leanagent.corpus.leandojo_import import import_leandojo

    db_path, _, _ = bundled
    with CorpusDB(db_path) as db:
        export_leandojo(db, tmp_path / "one")
    corpus = {}
    for line in (tmp_path / "one" / "corpus.jsonl").read_text().splitlines():
        data = json.loads(line)
        assert all(p in corpus for p in data["imports"])
        corpus[data["path"]] = data["premises"]
    provenances = [
        prov
        for part in ("train", "val", "test")
        for thm in json.loads((tmp_path / "one" / "random" / f"{part}.json").read_text())
        for tac in thm["traced_tactics"]
        for prov in tac["annotated_tactic"][1]
    ]
    assert len(provenances) >= 500
    for prov in provenances:
        assert any(p["start"] <= prov["def_pos"] <= p["end"] for p in corpus[prov["def_path"]]), prov
    with CorpusDB(tmp_path / "back.db") as back:
        import_leandojo(back, tmp_path / "one")
        export_leandojo(back, tmp_path / "two")
    for name in ["corpus.jsonl"] + [
        f"{s}/{p}.json" for s in ("random", "novel_premises") for p in ("train", "val", "test")
    ]:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name

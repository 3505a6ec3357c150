"""`leanagent prove` end to end on the real engine: find, search, verify, write, resume, refuse cheats."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from typer.testing import CliRunner

from leanagent.cli import app
from leanagent.corpus.db import CorpusDB
from leanagent.corpus.models import Declaration, Pos, RepoInfo, TracedFile
from leanagent.corpus.trace import trace_path
from leanagent.lean.check import check_path
from leanagent.lean.project import project_modules
from leanagent.prover.prove import ProveOptions, collect_targets, prove_path
from leanagent.prover.results import ResultStore
from leanagent.prover.workers import make_pool
from leanagent.prover.writeback import find_sorries
from leanagent.source.modules import TEMP_MARK, source_files
from tests.browser import colour, rendered

FAST = {"workers": 1, "generator": "portfolio"}


def statuses(report) -> dict[str, str]:
    return {t.name: t.status for t in report.theorems}


def test_collect_targets_finds_sorries_in_files_folders_and_projects(standalone: Path, project: Path):
    (target,) = collect_targets(standalone)
    assert [s.name for s in target.sorries] == [
        "Easy.and_swap'",
        "Easy.add_zero'",
        "Easy.two_add_two",
        "example@17",
        "Easy.not_really",
    ]
    assert target.root is None  # no imports: a standalone file
    (use,) = collect_targets(project)
    assert use.path.name == "Use.lean" and use.root == project and use.project == project
    assert [s.name for s in collect_targets(project / "Proj" / "Use.lean", "double_one")[0].sorries] == [
        "Proj.double_one"
    ]


def test_prove_write_proves_verifies_and_writes(standalone: Path, db: Path):
    path = standalone / "Easy.lean"
    original = path.read_text()
    report = prove_path(standalone, ProveOptions(**FAST, write=True, db=db, time_limit=15.0))
    got = statuses(report)
    assert {k: v for k, v in got.items() if k != "Easy.not_really"} == dict.fromkeys(
        ["Easy.and_swap'", "Easy.add_zero'", "Easy.two_add_two", "example@17"], "proved"
    )
    assert got["Easy.not_really"] in {"failed", "timeout"}
    assert path.with_name("Easy.lean.bak").read_text() == original
    new = path.read_text()
    assert [t.name for t in find_sorries(new)] == ["Easy.not_really"]
    assert "theorem not_really (n : Nat) : n = n + 1 := by sorry" in new
    assert "/-- A doc comment stays where it is. -/\ntheorem add_zero' (n : Nat) : n + 0 = n := by\n  " in new
    assert "theorem two_add_two : 2 + 2 = 4 := by " in new
    check = check_path(path).summary()  # an independent re-check of what was written
    assert check["ok"] == 4 and check["sorry"] == 1 and check["error"] == 0
    assert all(t.written for t in report.theorems if t.status == "proved")


def test_project_imports_resolve_for_search_and_recheck(project: Path, db: Path):
    report = prove_path(project, ProveOptions(**FAST, write=True, db=db, time_limit=30.0))
    assert statuses(report) == {"Proj.double_one": "proved", "Proj.double_zero'": "proved"}
    summary = check_path(project).summary()
    assert summary["sorry"] == 0 and summary["error"] == 0


def test_a_rerun_resumes_from_stored_results(standalone: Path, db: Path):
    opts = ProveOptions(**FAST, time_limit=3.0, db=db)
    first = prove_path(standalone, ProveOptions(**FAST, time_limit=15.0, db=db, theorem="and_swap'"))
    assert statuses(first) == {"Easy.and_swap'": "proved"}
    second = prove_path(standalone, opts)  # as if the first run had been killed after one theorem
    resumed = {t.name for t in second.theorems if t.resumed}
    assert resumed == {"Easy.and_swap'"}
    third = prove_path(standalone, opts)
    assert all(t.resumed for t in third.theorems) and statuses(third) == statuses(second)
    # a dry-run proof is written later without searching again
    path = standalone / "Easy.lean"
    fourth = prove_path(
        standalone, ProveOptions(**FAST, time_limit=15.0, db=db, write=True, theorem="and_swap'")
    )
    assert fourth.theorems[0].resumed and fourth.theorems[0].written
    assert "q ∧ p := by sorry" not in path.read_text()
    with ResultStore(db) as store:
        row = store.db.execute("SELECT count(*) FROM prove_results WHERE status = 'proved'").fetchone()
    assert row[0] >= 1


def test_cheating_generators_never_prove_or_touch_files(
    standalone: Path, db: Path, tmp_path: Path, monkeypatch
):
    path = standalone / "Easy.lean"
    path.write_text(
        "theorem cheat : False := sorry\n\n"
        "theorem target (n : Nat) : n = n + 1 := by sorry\n\n"
        "theorem target2 (p : Prop) : p := by\n  sorry\n"
    )
    before = path.read_bytes()
    calls = tmp_path / "cheater-calls.log"  # outside the project: the check below lists it
    monkeypatch.setenv("LEANAGENT_TEST_CHEATER_LOG", str(calls))
    report = prove_path(
        standalone,
        ProveOptions(generator="py:adversarial:Cheater", workers=1, time_limit=20, write=True, db=db),
    )
    assert report.theorems
    # The cheater really was asked, and its tactics really were run, for every theorem:
    # each search ran out of tactics or time, none broke down (an error proves nothing).
    by_name = {t.name: t for t in report.theorems}
    assert {"target", "target2"} <= {n.split(".")[-1] for n in by_name}
    for t in report.theorems:
        assert t.status in ("failed", "timeout"), (t.name, t.status, t.error)
        assert t.tactics_tried > 0 and t.expansions > 0, (t.name, t.tactics_tried, t.expansions)
    asked = calls.read_text(encoding="utf-8").splitlines() if calls.exists() else []
    assert any("⊢ n = n + 1" in line for line in asked), asked[:3]
    assert any("⊢ p" in line for line in asked), asked[:3]
    assert path.read_bytes() == before
    assert sorted(p.name for p in standalone.iterdir()) == ["Easy.lean"]


def test_cli_prove_json(standalone: Path, db: Path):
    result = CliRunner().invoke(
        app,
        ["prove", str(standalone), "--theorem", "two_add_two", "--time-limit", "15", "--workers", "1"]
        + ["--generator", "portfolio", "--db", str(db), "--json", "--html", str(db.with_suffix(".html"))],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (thm,) = data["theorems"]
    assert thm["name"] == "Easy.two_add_two" and thm["status"] == "proved"
    assert thm["seconds"] > 0 and thm["expansions"] >= 1 and thm["proof"]
    assert data["summary"]["proved"] == 1 and data["write"] is False
    assert "sorry" in (standalone / "Easy.lean").read_text()  # a dry run writes nothing
    assert thm["steps"] and thm["steps"][-1][1] == "no goals"
    with rendered(db.with_suffix(".html")) as page:
        row = page.locator("tr", has_text="Easy.two_add_two")
        assert row.is_visible() and "proved" in row.inner_text()
        assert colour(page, "td.proved") == "rgb(24, 106, 30)"  # green, as the style says
        page.get_by_text("Easy.two_add_two", exact=True).last.click()  # open its proof path
        assert page.get_by_text("no goals").last.is_visible()


def test_retrieval_and_ray_fail_cleanly_when_missing(standalone: Path, db: Path, monkeypatch):
    monkeypatch.setitem(sys.modules, "retrieval", None)  # as if the package were absent
    with pytest.raises(ValueError, match="--retrieval"):
        prove_path(standalone, ProveOptions(**FAST, retrieval=True, db=db))
    if importlib.util.find_spec("ray") is None:
        with pytest.raises(RuntimeError, match="leanagent\\[ray\\]"):
            make_pool(1, "auto")


def test_verified_proofs_reach_the_corpus(standalone: Path, db: Path):
    trace_path(standalone, db)
    prove_path(standalone, ProveOptions(**FAST, time_limit=15.0, db=db, theorem="two_add_two"))
    with ResultStore(db) as store:
        rows = store.db.execute("SELECT text, verified FROM proofs WHERE source = 'prover'").fetchall()
    assert rows and rows[0][1] == 1 and rows[0][0].startswith("theorem two_add_two : 2 + 2 = 4 := by")


def test_a_dying_worker_costs_only_its_theorem(standalone: Path, db: Path):
    (standalone / "Easy.lean").write_text(
        "theorem a : 2 + 2 = 4 := by sorry\n\ntheorem b : 3 = 3 := by sorry\n\ntheorem c : 1 < 2 := by sorry\n"
    )
    report = prove_path(
        standalone, ProveOptions(generator="py:adversarial:Killer", workers=1, time_limit=20, db=db)
    )
    got = {t.name: t for t in report.theorems}
    assert got["a"].status == "error" and "worker died" in got["a"].error
    assert got["b"].status == "proved" and got["c"].status == "proved"


@pytest.mark.slow
@pytest.mark.safety
def test_the_same_search_runs_on_ray(standalone: Path, db: Path):
    """On a real local Ray cluster (`ray` is a dev dependency: no silent skip)."""
    report = prove_path(
        standalone, ProveOptions(**FAST, time_limit=15.0, db=db, ray="", theorem="two_add_two")
    )
    assert statuses(report) == {"Easy.two_add_two": "proved"}


def test_a_killed_run_leaves_no_workers_and_resumes(standalone: Path, db: Path):
    (standalone / "Easy.lean").write_text(
        "theorem quick : 2 + 2 = 4 := by sorry\n\ntheorem hard (n : Nat) : n = n + 1 := by sorry\n"
    )
    cmd = [str(Path(sys.executable).parent / "leanagent"), "prove", str(standalone), "--db", str(db)]
    cmd += ["--generator", "portfolio", "--workers", "1", "--time-limit", "120"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # until the quick theorem's result is stored
            if db.exists():
                with ResultStore(db) as store:
                    if store.db.execute("SELECT count(*) FROM prove_results").fetchone()[0]:
                        break
            time.sleep(0.5)
        children = psutil.Process(proc.pid).children(recursive=True)
        assert children, "the pool's workers are running"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    gone, alive = psutil.wait_procs(children, timeout=20)
    assert not alive
    report = prove_path(standalone, ProveOptions(**FAST, time_limit=2.0, db=db))
    got = {t.name: t for t in report.theorems}
    assert got["quick"].resumed and got["quick"].status == "proved" and not got["hard"].resumed


def _premise_corpus(path: Path, root: Path) -> None:
    """A corpus of two project modules: ``Proj.Defs`` (imported by ``Proj.Use``) and
    ``Proj.Other`` (not imported: its lemma must never be retrieved for ``Proj.Use``)."""

    def theorem(name: str, statement: str, line: int) -> Declaration:
        return Declaration(name, "theorem", Pos(line, 0), Pos(line, 40), statement)

    defs = theorem("Proj.double_zero", "theorem double_zero : double 0 = 0", 9)
    other = theorem("Proj.double_zero_trap", "theorem double_zero_trap : double 0 + 0 = 0", 3)
    with CorpusDB(path) as db:
        repo = db.upsert_repo(RepoInfo("Proj", f"file://{root}", str(root), None))
        db.write_file(repo, TracedFile("Proj/Defs.lean", "Proj.Defs", "d", (), (defs,), traced=False), "d")
        db.write_file(repo, TracedFile("Proj/Other.lean", "Proj.Other", "o", (), (other,), traced=False), "o")


def test_retrieved_premises_reach_the_generator(project: Path, tmp_path: Path, monkeypatch):
    corpus = tmp_path / "corpus.db"
    _premise_corpus(corpus, project)
    log = tmp_path / "premises.log"
    monkeypatch.setenv("PREMISE_PROBE_LOG", str(log))
    monkeypatch.setenv("LEANAGENT_RETRIEVAL_CHECKPOINT", str(tmp_path / "untrained"))  # the bundled MiniLM
    options = {"generator": "py:premise_probe:Probe", "workers": 1, "time_limit": 60.0, "db": corpus}
    options["theorem"] = "double_zero'"
    without = prove_path(project, ProveOptions(**options, retrieval=False))
    assert statuses(without) == {"Proj.double_zero'": "failed"}
    assert not log.exists() or not log.read_text().strip()
    found = prove_path(project, ProveOptions(**options, retrieval=True, force=True))
    assert statuses(found) == {"Proj.double_zero'": "proved"}
    assert found.theorems[0].proof.strip().startswith("rw [Proj.double_zero]")
    assert set(log.read_text().split()) == {"Proj.double_zero"}  # never the module not imported


def test_cli_prove_passes_every_flag_to_the_options(tmp_path: Path, monkeypatch):
    seen = []

    def fake_prove_path(path, options, on_start, on_result):
        seen.append(options)
        raise ValueError("stop here")

    monkeypatch.setattr("leanagent.prover.prove.prove_path", fake_prove_path)
    flags = ["--theorem", "t", "--time-limit", "3", "--workers", "2", "--generator", "portfolio"]
    flags += ["--tactics-per-expansion", "5", "--max-expansions", "7", "--retrieval", "--write", "--force"]
    flags += ["--ray", "auto", "--db", str(tmp_path / "c.db")]
    result = CliRunner().invoke(app, ["prove", str(tmp_path), *flags])
    assert result.exit_code == 2 and "stop here" in result.output
    assert seen == [ProveOptions("t", 3.0, 5, 7, 2, "portfolio", True, True, True, tmp_path / "c.db", "auto")]


def test_temporary_copies_are_not_modules_or_targets(project: Path):
    """A worker lists the project's modules while another re-checks a temporary copy of a file
    (and deletes it): the copy must not be seen as a module or a target."""
    copy = project / "Proj" / f"Use{TEMP_MARK}0123abcd.lean"
    copy.write_text((project / "Proj" / "Use.lean").read_text())
    assert copy not in source_files(project)
    assert all(TEMP_MARK not in name for name in project_modules(project))
    assert [t.path.name for t in collect_targets(project)] == ["Use.lean"]

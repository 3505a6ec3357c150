"""`leanagent learn` end to end on the tiny fixture curriculum: real tracing, real training
steps (a one-layer encoder, so that re-embedding the core's premises is cheap), real proof
search and whole-file checks; a real SIGKILL and a resume; the report in a real browser."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from leanagent.corpus.db import CorpusDB
from tests.browser import rendered

pytestmark = pytest.mark.slow

ENV = {
    "LEANAGENT_RETRIEVAL_ENCODER": "bert-tiny",
    "LEANAGENT_RETRIEVAL_MAX_SEQ_LEN": "64",
    "LEANAGENT_RETRIEVAL_THREADS": "1",
    "LEANAGENT_RETRIEVAL_BATCH_SIZE": "2",
    "LEANAGENT_RETRIEVAL_SAVE_EVERY": "1",
    "LEANAGENT_LEARN_TEST_FRACTION": "0.3",
    "LEANAGENT_PROVER_GENERATOR": "portfolio",
}


def _learn(projects: Path, tmp: Path, *args: str) -> list[str]:
    return [
        sys.executable,
        "-c",
        "from leanagent.cli import app; app()",
        "learn",
        "--projects",
        str(projects),
        "--db",
        str(tmp / "c.db"),
        "--out",
        str(tmp / "runs"),
        *args,
    ]


def _env() -> dict[str, str]:
    return os.environ | ENV | {"PYTHONPATH": str(Path(__file__).resolve().parents[2])}


def test_learn_runs_the_curriculum_stores_traced_proofs_and_reports_what_the_json_says(
    projects, tmp_path, engine
):
    run = subprocess.run(
        [*_learn(projects, tmp_path, "--prove-seconds", "4", "--json")],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=1200,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout)
    assert sorted(result["order"]) == ["Alpha", "Beta"] and result["setup"] == "progressive"
    r = result["r"]
    assert len(r) == 2 and r[0][1] is None and all(v is None or 0 <= v <= 1 for row in r for v in row)
    assert set(result["metrics"]) >= {"plasticity", "stability", "bwt", "forgetting", "wf5", "ebwt", "cfr"}
    assert result["proofs_over_time"][0] <= result["proofs_over_time"][1]
    assert result["proofs_over_time"][1] >= 1, "the portfolio proves the one-line fixture sorries"

    # Proofs found are training data: traced, with states and the premises they name.
    with CorpusDB(tmp_path / "c.db") as db:
        learned = db.learned_proofs()
    assert len(learned) == result["proofs_over_time"][1]
    for proof in learned:
        assert proof.theorem.tactics and all(t.state_before.count("⊢") >= 1 for t in proof.theorem.tactics)
        for tac in proof.theorem.tactics:
            named = {u.full_name for u in tac.premises}
            for word in tac.text.replace("[", " ").replace("]", " ").replace(",", " ").split():
                if word.startswith("Nat."):
                    assert word in named, (tac.text, named)

    # The report: the plots load, the numbers are the JSON's.
    page_file = Path(result["report"]["html"])
    with rendered(page_file) as page:
        for plot in ("r_matrix", "recall", "proofs"):
            assert page.eval_on_selector(f"#plot-{plot}", "e => e.complete && e.naturalWidth") > 100
        cells = page.eval_on_selector_all("td.r", "es => es.map(e => e.innerText)")
        metric = page.inner_text("#metric-plasticity")
        text = page.inner_text("body")
    expected = ["–" if v is None else f"{v:.4f}" for row in r for v in row]
    assert cells == expected
    assert metric == f"{result['metrics']['plasticity']:.4f}"
    assert "Lifelong learning: progressive" in text


def test_a_killed_run_resumes_at_the_repository_and_epoch_it_stopped_at(projects, tmp_path, engine):
    args = ("--prove-seconds", "0", "--epochs-per-repo", "4", "--json")
    proc = subprocess.Popen(
        _learn(projects, tmp_path, *args),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_env(),
        start_new_session=True,
    )
    snapshot = None
    deadline = time.monotonic() + 900
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            runs = list((tmp_path / "runs").glob("*/snapshot/progress.json"))
            if runs:
                try:
                    progress = json.loads(runs[0].read_text())
                except (OSError, ValueError):
                    progress = None  # between the snapshot's swap and its write
                if progress and progress["index"] == 1 and (progress["epoch"], progress["batch"]) != (0, 0):
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
                    snapshot = json.loads(runs[0].read_text())
                    break
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert snapshot is not None, "the run ended before it could be killed in its second repository"
    state_file = next((tmp_path / "runs").glob("*/state.json"))
    before = json.loads(state_file.read_text())
    assert [s["index"] for s in before["steps"]] == [0]

    rerun = subprocess.run(
        _learn(projects, tmp_path, *args), capture_output=True, text=True, env=_env(), timeout=900
    )
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    after = json.loads(state_file.read_text())
    assert after["steps"][0] == before["steps"][0]  # the finished repository is not redone
    assert after["events"].count("done 0") == 1 and after["events"].count("done 1") == 1
    resumed = [e for e in after["events"] if e.startswith("resume")]
    assert resumed == [f"resume 1 epoch {snapshot['epoch']} batch {snapshot['batch']}"]
    assert not any(e.startswith("train 1 epoch 0 batch 0") for e in after["events"][len(before["events"]) :])
    assert len(json.loads(rerun.stdout)["r"]) == 2

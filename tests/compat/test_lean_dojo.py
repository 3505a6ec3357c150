"""LeanDojo scripts run on leanagent with only their import changed."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from leanagent.compat.lean_dojo import (
    Dojo,
    DojoInitError,
    LeanError,
    LeanGitRepo,
    ProofFinished,
    ProofGivenUp,
    TacticState,
    Theorem,
)

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = Path(__file__).parent / "scripts"
NATARITH = REPO / "lean_projects" / "NatArith"


def run_script(name: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, str(SCRIPTS / name)], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_the_documentation_example_runs_with_only_its_import_changed(engine):
    text = (SCRIPTS / "leandojo_docs_example.py").read_text()
    assert "from leanagent.compat.lean_dojo import *" in text and "lean_dojo import" not in text.replace(
        "compat.lean_dojo import", ""
    )
    out = run_script("leandojo_docs_example.py")
    # LeanDojo's documented output, on the bundled theorem
    assert out.splitlines() == [
        "TacticState(pp='a b c : Nat\\n⊢ a + b + c = a + c + b', id=0, message=None)",
        "ProofFinished(tactic_state_id=1, message='')",
    ]


def test_a_leandojo_style_best_first_search_proves_a_bundled_theorem(engine):
    out = run_script("leandojo_search.py")
    assert "goals: 1" in out
    proof_line = next(line for line in out.splitlines() if line.startswith("proof: "))
    assert proof_line != "proof: None"
    assert "given up: " in out and "given up: 0" not in out  # `sorry` came back as ProofGivenUp


def test_results_states_and_errors_keep_leandojo_shapes(engine):
    repo = LeanGitRepo(str(NATARITH), "HEAD")
    theorem = Theorem(repo, "NatArith/Add.lean", "NatArith.add_right_comm'")
    with Dojo(theorem) as (dojo, init):
        assert isinstance(init, TacticState) and (init.id, init.num_goals) == (0, 1)
        step = dojo.run_tac(init, "rw [Nat.add_assoc]")
        assert isinstance(step, TacticState) and step.id == 1 and "a + (b + c)" in step.pp
        assert isinstance(dojo.run_tac(step, "exact 3"), LeanError)
        assert dojo.run_tac(step, "sorry") == ProofGivenUp()
        done = dojo.run_tac(step, "rw [Nat.add_comm b c, ← Nat.add_assoc]")
        assert isinstance(done, ProofFinished) and done.tactic_state_id == 2


def test_objects_of_the_real_package_are_taken_by_their_attributes(engine):
    """What `lean_dojo.Theorem` and its `TacticState` carry (duck typing; the package is not needed)."""
    real_repo = types.SimpleNamespace(url=str(NATARITH), commit="HEAD")
    real_theorem = types.SimpleNamespace(
        repo=real_repo, file_path=Path("NatArith/Add.lean"), full_name="NatArith.add_zero_left"
    )
    with Dojo(real_theorem) as (dojo, init):
        real_state = types.SimpleNamespace(pp=init.pp, id=init.id, message=None)
        assert isinstance(
            dojo.run_tac(
                real_state, "induction n with\n| zero => rfl\n| succ n ih => rw [← Nat.add_assoc, ih]"
            ),
            ProofFinished,
        )


def test_what_cannot_be_reached_offline_is_a_clear_init_error(tmp_path):
    with pytest.raises(DojoInitError, match="not fetched"):
        LeanGitRepo("https://github.com/yangky11/lean4-example", "7d711f6da4584ecb7d4f057715e1f72ba175c910")
    with pytest.raises(DojoInitError, match="not in the repository"):
        Dojo(Theorem(LeanGitRepo(str(NATARITH), "0" * 40), "NatArith/Add.lean", "NatArith.add_zero_left"))
    with pytest.raises(DojoInitError, match="no such folder"):
        LeanGitRepo(str(tmp_path / "missing"), "HEAD")
    with pytest.raises(DojoInitError, match="no theorem"):
        with Dojo(Theorem(LeanGitRepo(str(NATARITH), "HEAD"), "NatArith/Add.lean", "nope")):
            pass

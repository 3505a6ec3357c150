# LeanDojo's "Interacting with Lean 4" example (its documentation, getting-started page).
# Changed: the import line, and the repository and theorem it names: a bundled project
# (lean_projects/NatArith, whose add_right_comm' is the example's hello_world), offline.
# ruff: noqa: F403, F405
# fmt: off
from leanagent.compat.lean_dojo import *

repo = LeanGitRepo("lean_projects/NatArith", "HEAD")
theorem = Theorem(repo, "NatArith/Add.lean", "NatArith.add_right_comm'")

with Dojo(theorem) as (dojo, init_state):
  print(init_state)
  result = dojo.run_tac(init_state, "rw [Nat.add_assoc, Nat.add_comm b, ←Nat.add_assoc]")
  assert isinstance(result, ProofFinished)
  print(result)

# A best-first proof search written against LeanDojo's API, as LeanDojo users write them
# (ReProver-style: a priority queue of states, one `run_tac` per candidate tactic).
# Only the import line refers to leanagent.
# ruff: noqa: F403, F405
import heapq
import itertools

from leanagent.compat.lean_dojo import *

CANDIDATES = ["sorry", "exact h", "rw [← Nat.add_assoc]", "rw [Nat.add_comm a b]", "rw [Nat.add_assoc]"]


def search(dojo, init_state, max_calls=60):
    tie = itertools.count()
    queue = [(0, next(tie), init_state, [])]
    seen = {init_state.pp}
    calls = given_up = errors = 0
    while queue and calls < max_calls:
        _, _, state, proof = heapq.heappop(queue)
        for tactic in CANDIDATES:
            calls += 1
            result = dojo.run_tac(state, tactic)
            if isinstance(result, ProofFinished):
                return proof + [tactic], calls, given_up, errors
            if isinstance(result, ProofGivenUp):
                given_up += 1
            elif isinstance(result, LeanError):
                errors += 1
            elif isinstance(result, TacticState) and result.pp not in seen:
                seen.add(result.pp)
                heapq.heappush(queue, (len(proof) + 1, next(tie), result, proof + [tactic]))
    return None, calls, given_up, errors


repo = LeanGitRepo("lean_projects/NatArith", "HEAD")
theorem = Theorem(repo, "NatArith/Add.lean", "NatArith.add_left_comm'")
with Dojo(theorem, timeout=300) as (dojo, init_state):
    print(f"goals: {init_state.num_goals}")
    proof, calls, given_up, errors = search(dojo, init_state)
    print(f"proof: {proof}")
    print(f"calls: {calls}, given up: {given_up}, errors: {errors}")

"""Verdicts from real Lean: claims proved, false claims refuted, vacuous ones never verified."""

from __future__ import annotations

import json

import pytest

from leanagent.safe.evaluate import step_metrics
from leanagent.safe.formal import FormalStep
from leanagent.safe.inputs import Solution, read_solutions
from leanagent.safe.prover import Verdict
from leanagent.safe.verify import verify_solution
from tests.safe.conftest import DATA


def step(goal: str, variables=(), hypotheses=(), witness=None, tactics=("decide", "omega")) -> FormalStep:
    return FormalStep(tuple(variables), tuple(hypotheses), goal, witness, tactics)


def test_true_claims_are_verified_and_false_ones_refuted_with_lean_proofs(prover):
    good = prover.judge(step("(48 : Int) = 24 * 2"))
    assert good.verdict is Verdict.VERIFIED and "decide" in good.proof and good.lean.endswith("= 24 * 2")
    bad = prover.judge(step("(48 : Int) = 25 * 2"))
    assert bad.verdict is Verdict.REFUTED and "¬ ((48 : Int) = 25 * 2)" in bad.proof
    open_claim = prover.judge(step("x * x = 2 * y * y + 1", [("x", "Int"), ("y", "Int")]))
    assert open_claim.verdict is Verdict.UNVERIFIED
    assert prover.judge(None).verdict is Verdict.UNFORMALISED


VACUOUS = [
    # the goal says nothing
    step("True"),
    step("(7 : Int) = 7"),
    step("x = x", [("x", "Int")], [("h", "x = 5")], ("5",)),
    step("p ∨ ¬p", [("p", "Prop")]),
    # the hypotheses contradict each other: anything (and its negation) follows
    step("x = 7", [("x", "Int")], [("h₀", "x > 5"), ("h₁", "x < 3")]),
    step("x + 1 = 100", [("x", "Int")], [("h₀", "2 * x = 7")]),
    step("(48 : Int) = 25 * 2", [("x", "Int")], [("h₀", "x = 1"), ("h₁", "x = 2")]),
    # a claimed witness that does not satisfy the hypotheses
    step("x = 12", [("x", "Int")], [("h₀", "x + 7 = 19"), ("h₁", "x ≠ 12")], ("12",)),
]


@pytest.mark.parametrize("formal", VACUOUS, ids=lambda f: f.goal)
def test_vacuous_formalisations_are_never_verified_or_refuted(prover, formal):
    judgement = prover.judge(formal)
    assert judgement.verdict is Verdict.UNVERIFIED
    assert judgement.reason.startswith("vacuous"), judgement.reason


def test_a_step_that_restates_an_earlier_fact_is_verified(prover):
    restated = prover.judge(step("s = 72", [("s", "Int")], [("h", "s = 72")], ("72",), ("subst h\ndecide",)))
    assert restated.verdict is Verdict.VERIFIED


def test_one_lean_server_serves_every_step(prover):
    before = prover.server.pid
    checks = prover.checks
    prover.judge(step("(3 : Int) + 4 = 7"))
    prover.judge(step("(3 : Int) + 4 = 8"))
    assert prover.server.pid == before and prover.checks >= checks + 3


def test_solution_steps_get_verdicts_and_hypotheses_from_earlier_steps(prover):
    solution = Solution(
        "natalia",
        "Natalia sold clips to 48 of her friends in April, and then half as many in May.",
        ("She sold 48/2 = <<48/2=24>>24 clips in May.", "In all 48+24 = <<48+24=73>>73 clips.", "#### 73"),
    )
    result = verify_solution(solution, prover)
    assert [s.verdict for s in result.steps] == [Verdict.VERIFIED, Verdict.REFUTED, Verdict.VERIFIED]
    assert "(s1 : Int) (h_s1 : s1 = 24)" in result.steps[1].lean  # relies on step 1's result
    assert result.rules == "wrong" and result.score == 0.0


def test_a_step_with_an_unexplained_number_is_not_verified(prover):
    # 48 / 2 = 24 is true, but "70 altogether" comes from nowhere: the step is not verified
    solution = Solution(
        "partial", "48 clips in April, half as many in May.", ("48 / 2 = 24, so 70 altogether.",)
    )
    (only,) = verify_solution(solution, prover).steps
    assert only.verdict is Verdict.UNVERIFIED and "could not be read" in only.reason


def test_held_out_style_solutions_meet_the_acceptance_bar_on_a_sample(prover):
    """A sample of the held-out style set (the whole sets run in the slow test below)."""
    solutions = read_solutions(DATA / "test.jsonl")[2:8]
    results = [verify_solution(s, prover) for s in solutions]
    m = step_metrics(solutions, results)
    assert m.wrong_steps >= 3
    assert m.wrong_refuted == m.wrong_steps and m.correct_refuted == 0 and m.wrong_verified == 0


@pytest.mark.slow
@pytest.mark.parametrize("name", ["test.jsonl", "fresh.jsonl", "dev.jsonl", "dev2.jsonl"])
def test_acceptance_on_the_labelled_sets(prover, name, tmp_path):
    """>= 90% of wrong steps refuted, no correct step refuted, no wrong step verified,
    >= 90% of steps formalised (offline formaliser)."""
    solutions = read_solutions(DATA / name)
    results = [verify_solution(s, prover) for s in solutions]
    m = step_metrics(solutions, results)
    (tmp_path / "metrics.json").write_text(json.dumps(m.to_json()))
    assert m.refuted_recall >= 0.9, m.to_json()
    assert m.correct_refuted == 0 and m.wrong_verified == 0, m.to_json()
    assert m.coverage >= 0.9, m.to_json()

"""The `verify-steps` pipeline: solutions in, a verdict per step and a score per solution out."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from leanagent.safe.formal import FormalisedStep, FormalStep
from leanagent.safe.inputs import Solution
from leanagent.safe.offline import formalise_solution
from leanagent.safe.prover import Judgement, StepProver, Verdict


@dataclass
class StepResult:
    text: str
    verdict: Verdict
    lean: str = ""
    proof: str = ""
    reason: str = ""
    formal: FormalStep | None = field(default=None, repr=False)
    claims: int = 0
    """Claims the formaliser read in the step."""


@dataclass
class SolutionResult:
    id: str
    problem: str
    steps: list[StepResult]
    answer: str | None = None
    score: float = 0.0
    """Probability that the solution is right: the aggregator's, or the rules' when none is trained."""
    rules: str = "unknown"
    """``wrong`` (a step refuted), ``right`` (every step verified) or ``unknown``."""
    seconds: float = 0.0

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "score": round(self.score, 4),
            "rules": self.rules,
            "answer": self.answer,
            "steps": [
                {
                    "text": s.text,
                    "verdict": s.verdict.value,
                    "lean": s.lean,
                    "proof": s.proof,
                    "reason": s.reason,
                }
                for s in self.steps
            ],
        }


Formaliser = Callable[[Solution], list[FormalisedStep]]
"""A solution's steps as formal steps (one per step, None where nothing could be formalised)."""


def theorem_slug(solution_id: str) -> str:
    """A Lean identifier made from a solution id (``gsm8k/12`` -> ``s_gsm8k_12``)."""
    return "s_" + (re.sub(r"[^A-Za-z0-9_]", "_", solution_id) or "solution")


def offline_formaliser(solution: Solution) -> list[FormalisedStep]:
    return formalise_solution(solution.problem, list(solution.steps))


def rules_verdict(verdicts: list[Verdict]) -> str:
    if any(v is Verdict.REFUTED for v in verdicts):
        return "wrong"
    if verdicts and all(v is Verdict.VERIFIED for v in verdicts):
        return "right"
    return "unknown"


def rules_score(verdicts: list[Verdict]) -> float:
    """The rules as a score: 0 with a refuted step, else the share of verified steps."""
    if not verdicts or any(v is Verdict.REFUTED for v in verdicts):
        return 0.0
    return sum(v is Verdict.VERIFIED for v in verdicts) / len(verdicts)


def verify_solution(
    solution: Solution,
    prover: StepProver,
    formaliser: Formaliser = offline_formaliser,
    scorer: Callable[[SolutionResult], float] | None = None,
) -> SolutionResult:
    started = time.monotonic()
    steps = []
    slug = theorem_slug(solution.id)
    for k, (text, formal) in enumerate(zip(solution.steps, formaliser(solution), strict=True), start=1):
        judgement: Judgement = prover.judge(formal.formal, f"{slug}_step_{k}")
        verdict, reason = judgement.verdict, judgement.reason
        if formal.incomplete and verdict is Verdict.VERIFIED:
            verdict, reason = Verdict.UNVERIFIED, "part of the step could not be read or explained"
        proof = judgement.proof if verdict in (Verdict.VERIFIED, Verdict.REFUTED) else ""
        steps.append(
            StepResult(text, verdict, judgement.lean, proof, reason, formal.formal, len(formal.claims))
        )
    result = SolutionResult(solution.id, solution.problem, steps, solution.answer)
    verdicts = [s.verdict for s in steps]
    result.rules = rules_verdict(verdicts)
    result.score = scorer(result) if scorer else rules_score(verdicts)
    result.seconds = round(time.monotonic() - started, 3)
    return result

"""Step-level figures of a verification run against labelled solutions (bench and tests)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from leanagent.safe.inputs import Solution
from leanagent.safe.prover import Verdict
from leanagent.safe.verify import SolutionResult


@dataclass
class StepMetrics:
    steps: int = 0
    wrong_steps: int = 0
    correct_steps: int = 0
    wrong_refuted: int = 0
    wrong_verified: int = 0
    correct_refuted: int = 0
    correct_verified: int = 0
    formalised: int = 0

    @property
    def refuted_recall(self) -> float:
        """Share of wrong steps that are refuted."""
        return self.wrong_refuted / self.wrong_steps if self.wrong_steps else 1.0

    @property
    def refuted_precision(self) -> float:
        """Share of refuted steps that are wrong."""
        refuted = self.wrong_refuted + self.correct_refuted
        return self.wrong_refuted / refuted if refuted else 1.0

    @property
    def coverage(self) -> float:
        return self.formalised / self.steps if self.steps else 0.0

    def to_json(self) -> dict:
        return asdict(self) | {
            "refuted_recall": round(self.refuted_recall, 4),
            "refuted_precision": round(self.refuted_precision, 4),
            "correct_refuted_rate": round(self.correct_refuted / self.correct_steps, 4)
            if self.correct_steps
            else 0.0,
            "coverage": round(self.coverage, 4),
        }


def step_metrics(solutions: list[Solution], results: list[SolutionResult]) -> StepMetrics:
    m = StepMetrics()
    for solution, result in zip(solutions, results, strict=True):
        if solution.labels is None:
            continue
        for correct, step in zip(solution.labels, result.steps, strict=True):
            m.steps += 1
            m.formalised += step.verdict is not Verdict.UNFORMALISED
            if correct:
                m.correct_steps += 1
                m.correct_refuted += step.verdict is Verdict.REFUTED
                m.correct_verified += step.verdict is Verdict.VERIFIED
            else:
                m.wrong_steps += 1
                m.wrong_refuted += step.verdict is Verdict.REFUTED
                m.wrong_verified += step.verdict is Verdict.VERIFIED
    return m

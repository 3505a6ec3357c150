"""The labelled synthetic set and the GRU aggregator trained on verdict sequences."""

from __future__ import annotations

from collections import Counter

from leanagent.safe import aggregate
from leanagent.safe.claims import Relation, evaluate, read_step, variables
from leanagent.safe.prover import Verdict
from leanagent.safe.synthetic import ERRORS, candidates, generate
from leanagent.safe.verify import SolutionResult, StepResult


def test_synthetic_solutions_are_labelled_truthfully():
    made = generate(200, seed=3)
    assert {m.error for m in made} >= set(ERRORS) | {None}
    for m in made:
        labels = m.solution.labels
        assert labels is not None and len(labels) == len(m.solution.steps)
        if m.error is None:
            assert m.correct and all(labels)
        for text, correct in zip(m.solution.steps, labels, strict=True):
            relations = [
                c for c in read_step(text).claims if isinstance(c, Relation) and not variables(c.lhs)
            ]
            if correct and m.error in (None, "arithmetic", "equation"):  # every written claim holds
                assert all(
                    abs(evaluate(r.lhs) - evaluate(r.rhs)) < 0.01 for r in relations if r.rel == "="
                ), text
    assert generate(20, seed=1) == generate(20, seed=1)  # reproducible


def test_best_of_n_candidates_share_their_problem():
    groups = candidates(5, 4, seed=2)
    assert len(groups) == 5 and all(len(g) == 4 for g in groups)
    for group in groups:
        assert len({c.solution.problem for c in group}) == 1


def result(verdicts: list[Verdict]) -> SolutionResult:
    return SolutionResult("x", "", [StepResult(f"step {k}", v, claims=1) for k, v in enumerate(verdicts)])


def test_the_aggregator_learns_from_verdict_sequences(tmp_path):
    V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNVERIFIED
    patterns = [([V, V, V], True), ([V, R, V], False), ([R, V], False), ([V, V], True), ([V, U, V], True)]
    patterns += [([U, R, V, V], False), ([V, V, V, V], True), ([V, V, R], False)]
    results = [result(p) for p, _ in patterns] * 4
    labels = [label for _, label in patterns] * 4
    model, report = aggregate.train(results, labels, epochs=200)
    assert report.train_accuracy == 1.0 and Counter(labels)[True] > 0
    scores = model.score([result([V, V, V]), result([V, R, V])])
    assert scores[0] > 0.5 > scores[1]
    aggregate.save(model, tmp_path / "agg.pt")
    again = aggregate.load(tmp_path / "agg.pt")
    assert again.score([result([V, R, V])]) == model.score([result([V, R, V])])

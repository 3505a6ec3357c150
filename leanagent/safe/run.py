"""`leanagent verify-steps`: read solutions, verify them on one Lean server, score, store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from leanagent.config import get_safe_settings, get_settings
from leanagent.lean.dojo import DojoLimits
from leanagent.safe.inputs import InputError, Solution, read_solutions
from leanagent.safe.prover import StepProver
from leanagent.safe.verify import Formaliser, SolutionResult, offline_formaliser, verify_solution


@dataclass
class VerifyOptions:
    formaliser: str | None = None
    """``offline`` or ``lm`` (default from `SafeSettings`)."""
    lm_url: str | None = None
    lm_model: str | None = None
    db: Path | None = None
    """Corpus database for the verified and refuted steps (default: the corpus DB)."""
    store: bool = True
    aggregator: Path | None = None
    """Checkpoint of the trained scorer (default from `SafeSettings`; rules when absent)."""


def make_formaliser(options: VerifyOptions, prover: StepProver) -> Formaliser:
    settings = get_safe_settings()
    kind = options.formaliser or settings.formaliser
    if kind == "offline":
        return offline_formaliser
    if kind == "lm":
        from leanagent.safe.lm import LMFormaliser

        model = options.lm_model or settings.lm_model
        if not model:
            raise InputError("the lm formaliser needs a model name (--lm-model or [safe] lm_model)")
        return LMFormaliser(
            options.lm_url or settings.lm_url,
            model,
            prover,
            attempts=settings.lm_attempts,
            timeout=settings.lm_timeout,
        )
    raise InputError(f"unknown formaliser {kind!r}: offline or lm")


def scorer_from(path: Path | None) -> Callable[[SolutionResult], float] | None:
    path = path or get_safe_settings().aggregator
    if not path.is_file():
        return None
    from leanagent.safe.aggregate import load

    model = load(path)
    return lambda result: model.score([result])[0]


def verify_inputs(
    paths: list[Path],
    options: VerifyOptions,
    on_start: Callable[[int], None] | None = None,
    on_result: Callable[[SolutionResult], None] | None = None,
) -> list[SolutionResult]:
    solutions: list[Solution] = []
    for path in paths:
        solutions += read_solutions(path)  # every input is read before any work starts
    if on_start:
        on_start(len(solutions))
    scorer = scorer_from(options.aggregator)
    limits = DojoLimits(tactic_timeout=get_safe_settings().tactic_timeout)
    results = []
    with StepProver(limits=limits) as prover:
        formaliser = make_formaliser(options, prover)
        for solution in solutions:
            result = verify_solution(solution, prover, formaliser, scorer)
            results.append(result)
            if on_result:
                on_result(result)
    if options.store:
        from leanagent.safe.store import store_results

        store_results(options.db or get_settings().corpus_db, results)
    return results

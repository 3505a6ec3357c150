"""Verdicts on formal steps, from real Lean: one language server for every step.

``verified``: the claim is proved (the Dojo's finished proof is re-elaborated from
scratch with ``#print axioms``: standard axioms only, no ``sorry``) and it is not vacuous:
its goal is not trivially true, and its hypotheses are not contradictory (a proof of
``False`` from them fails) and, where a witness is known, shown satisfiable by a proof of
``∃ ..., h₁ ∧ ...``. ``refuted``: the negation is proved under the same, satisfiable,
hypotheses. ``unverified``: neither (or vacuous). ``unformalised``: no theorem to try.
"""

from __future__ import annotations

import itertools
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from leanagent.engine import Engine, get_engine
from leanagent.lean.dojo import Dojo, DojoError, DojoLimits, ProofFinished, ProofTarget, server_spec
from leanagent.lean.server import LeanServer
from leanagent.prover.generators import build
from leanagent.prover.generators.base import TacticGenerator
from leanagent.prover.search import SearchConfig, best_first_search
from leanagent.safe.formal import FormalStep, trivial_goal


class Verdict(StrEnum):
    VERIFIED = "verified"
    REFUTED = "refuted"
    UNVERIFIED = "unverified"
    UNFORMALISED = "unformalised"


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    lean: str = ""
    """The step's theorem (statement only)."""
    proof: str = ""
    """The checked theorem with its proof: of the claim (verified) or of its negation (refuted)."""
    reason: str = ""
    """Why a step is not verified or refuted (vacuity, no proof found, ...)."""


class StepProver:
    """Proves or refutes formal steps on one Lean language server (use as a context manager)."""

    def __init__(
        self,
        engine: Engine | None = None,
        limits: DojoLimits | None = None,
        directory: Path | None = None,
        search_seconds: float = 3.0,
    ) -> None:
        """`search_seconds`: a short best-first search with the prover's portfolio when the
        step's own tactics fail (for the model's steps; the offline formaliser's tactics
        decide its claims)."""
        self.search_seconds = search_seconds
        self._tmp = None if directory else tempfile.TemporaryDirectory(prefix="leanagent-safe-")
        self.directory = (directory or Path(self._tmp.name)).resolve()  # type: ignore[union-attr]
        self.engine = engine or get_engine(self.directory)
        self.limits = limits or DojoLimits(tactic_timeout=10.0)
        self.server = LeanServer(server_spec(self.engine, self.directory, self.limits.memory_mb))
        self._names = itertools.count(1)
        self._generator: TacticGenerator | None = None
        self.checks = 0
        """Theorems sent to Lean so far."""

    def __enter__(self) -> StepProver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.server.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def prove(self, statement: str, tactics: tuple[str, ...], search: bool = False) -> str | None:
        """The first of `tactics` that proves `statement` (then, with `search`, a short proof
        search), as the checked theorem text; else None."""
        self.checks += 1
        target = ProofTarget.from_statement(statement, directory=self.directory)
        try:
            with Dojo(target, server=self.server, engine=self.engine, limits=self.limits) as (dojo, init):
                for tactic in tactics:
                    result = dojo.run_tac(init, tactic)
                    if isinstance(result, ProofFinished):
                        return result.proof
                if search and self.search_seconds > 0:
                    found = best_first_search(
                        dojo, init, self._portfolio(), SearchConfig(time_limit=self.search_seconds)
                    )
                    if found.status == "proved" and found.proof:
                        return found.proof
        except DojoError:
            return None
        return None

    def elaborates(self, statement: str) -> str | None:
        """None when Lean elaborates the statement (its proof left open), else Lean's error."""
        try:
            target = ProofTarget.from_statement(statement, directory=self.directory)
            with Dojo(target, server=self.server, engine=self.engine, limits=self.limits):
                return None
        except DojoError as exc:
            return str(exc)

    def _portfolio(self) -> TacticGenerator:
        if self._generator is None:
            self._generator = build("portfolio")
        return self._generator

    def judge(self, step: FormalStep | None, name: str | None = None) -> Judgement:
        """The verdict on `step`, its theorem named `name` (default: ``step_N``, N counting up)."""
        if step is None:
            return Judgement(Verdict.UNFORMALISED, reason="no claim could be formalised")
        n = name or f"step_{next(self._names)}"
        lean = step.statement(n)
        trivial = trivial_goal(step.goal)
        search = step.source == "lm"
        proof = None if trivial else self.prove(lean, step.tactics, search)
        if proof is not None:
            why = self.vacuous_hypotheses(step, n)
            if why is None:
                return Judgement(Verdict.VERIFIED, lean, proof)
            return Judgement(Verdict.UNVERIFIED, lean, reason=f"vacuous: {why}")
        refutation = self.prove(step.negation(f"{n}_false"), step.tactics, search)
        if refutation is not None:
            why = self.vacuous_hypotheses(step, n)
            if why is None:
                return Judgement(Verdict.REFUTED, lean, refutation)
            return Judgement(Verdict.UNVERIFIED, lean, reason=f"vacuous: {why}")
        if trivial:
            return Judgement(Verdict.UNVERIFIED, lean, reason=f"vacuous: {trivial}")
        return Judgement(Verdict.UNVERIFIED, lean, reason="neither the claim nor its negation was proved")

    def vacuous_hypotheses(self, step: FormalStep, n: str) -> str | None:
        """Why the hypotheses make any conclusion hollow (contradictory, or not shown
        satisfiable although a witness was claimed), or None."""
        contradiction = step.contradiction(f"{n}_contradiction")
        if contradiction is None:
            return None
        satisfiable = step.satisfiability(f"{n}_satisfiable")
        if satisfiable is not None and self.prove(*satisfiable) is not None:
            return None  # satisfiable, so not contradictory
        tactics = ("omega", "decide", "simp_all", *(t for t in step.tactics if "subst" in t))
        if self.prove(contradiction, tactics) is not None:
            return "the hypotheses are contradictory"
        if satisfiable is not None:
            return "the hypotheses are not satisfied by the values they come from"
        return None

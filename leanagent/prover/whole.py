"""Whole-proof mode: a language model writes complete proofs, Lean's errors come back to it.

Each round asks for ``samples`` proofs and checks every acceptable one in a single
``Dojo.run_tacs`` call (one document, each proof in its own copy of the theorem; see the
``[dojo] batch`` setting). The first that finishes is the Dojo's ``ProofFinished``: the
theorem re-checked from scratch after its real context with the axiom audit; the
whole-file check of ``prove`` still has the last word. Otherwise Lean's message about the
first proof that reached Lean (or why a reply was rejected) goes back in a repair prompt,
for at most ``repair_rounds`` rounds, all within the time limit.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field

from leanagent.lean.dojo import LeanError, ProofFinished, Result, TacticState, Timeout
from leanagent.prover.generators.whole_proof import WholeProofGenerator, repair
from leanagent.prover.search import Runner
from leanagent.prover.status import ProofStatus

LLM_MODES = ("none", "whole", "tactic", "both")


@dataclass(frozen=True)
class LLMConfig:
    """An OpenAI-compatible endpoint and how ``prove`` uses it (from the ``[prover] llm_*``
    settings)."""

    mode: str
    """``whole``, ``tactic`` or ``both`` (``none`` makes no config)."""
    endpoint: str
    model: str
    samples: int = 4
    repair_rounds: int = 2
    temperature: float = 0.7
    max_tokens: int = 1024
    timeout: float = 60.0
    retries: int = 3

    @property
    def whole(self) -> bool:
        return self.mode in {"whole", "both"}

    @property
    def tactic(self) -> bool:
        return self.mode in {"tactic", "both"}

    @property
    def tactic_spec(self) -> str:
        """The generator spec of the tactic mode (see ``generators.build``)."""
        return f"openai:{self.endpoint}#{self.model}"


@dataclass
class WholeStats:
    rounds: int = 0
    replies: int = 0
    """Replies received."""
    rejected: int = 0
    """Replies without an acceptable proof (see ``whole_proof.proof_body``)."""
    checked: int = 0
    """Distinct proofs Lean checked."""
    seconds: float = 0.0
    model_seconds: float = 0.0
    lean_seconds: float = 0.0


@dataclass
class WholeResult:
    status: ProofStatus
    """``proved`` (the Dojo's ``ProofFinished``), ``failed`` or ``timeout``."""
    tactics: tuple[str, ...] = ()
    proof: str | None = None
    stats: WholeStats = field(default_factory=WholeStats)
    feedback: list[str] = field(default_factory=list)
    """The error sent back in each repair prompt."""

    def stats_json(self) -> dict:
        return asdict(self.stats)


def _error(result: Result) -> str | None:
    """What to tell the model about a proof that did not finish (None: nothing useful)."""
    if isinstance(result, TacticState):
        return "unsolved goals\n" + result.pp
    if isinstance(result, LeanError):
        return result.message
    if isinstance(result, Timeout):
        return f"Lean timed out on the proof after {result.seconds:.0f} s"
    return None


def whole_proof_search(
    dojo: Runner,
    init: TacticState,
    generator: WholeProofGenerator,
    messages: list[dict],
    samples: int,
    repair_rounds: int,
    time_limit: float,
) -> WholeResult:
    """Sample, check in one batch, repair; ``messages`` is the first prompt (``whole_proof.prompt``)."""
    start = time.monotonic()
    deadline = start + time_limit
    out = WholeResult(ProofStatus.FAILED)
    stats = out.stats
    asking = messages
    tried: set[str] = set()

    def done(status: ProofStatus) -> WholeResult:
        out.status = status
        stats.seconds = round(time.monotonic() - start, 3)
        stats.model_seconds = round(stats.model_seconds, 3)
        stats.lean_seconds = round(stats.lean_seconds, 3)
        return out

    for _ in range(1 + max(0, repair_rounds)):
        if time.monotonic() >= deadline:
            return done(ProofStatus.TIMEOUT)
        stats.rounds += 1
        asked = time.monotonic()
        replies = generator.sample(asking, samples, deadline)
        stats.model_seconds += time.monotonic() - asked
        stats.replies += len(replies)
        stats.rejected += sum(r.proof is None for r in replies)
        fresh = [r for r in replies if r.proof is not None and r.proof not in tried]
        proofs = list(dict.fromkeys(r.proof for r in fresh if r.proof is not None))
        tried.update(proofs)
        verdicts: dict[str, Result] = {}
        now = time.monotonic()
        if proofs and now < deadline:
            results = dojo.run_tacs(init, proofs, timeout=deadline - now)
            stats.lean_seconds += time.monotonic() - now
            stats.checked += len(proofs)
            verdicts = dict(zip(proofs, results, strict=True))
            for result in results:
                if isinstance(result, ProofFinished):
                    out.tactics, out.proof = result.tactics, result.proof
                    return done(ProofStatus.PROVED)
        feedback = next(
            (
                (r.reply, error)
                for r in fresh
                if r.proof in verdicts and (error := _error(verdicts[r.proof])) is not None
            ),
            next(((r.reply, f"the reply was refused: {r.rejected}") for r in replies if r.rejected), None),
        )
        if feedback is None:
            break  # nothing came back to repair
        out.feedback.append(feedback[1])
        asking = repair(messages, *feedback)
    return done(ProofStatus.TIMEOUT if time.monotonic() >= deadline else ProofStatus.FAILED)

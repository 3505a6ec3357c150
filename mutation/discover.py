"""Probing a theorem's initial state through the Dojo: which candidates Lean accepts.

Probes go to `Dojo.run_tacs` in batches (its documents run them in parallel). A probe
counts when Lean accepts the step: a rewrite that leaves a state (or closes the goal),
an `apply` that unifies (closing the `have`, or leaving "unsolved goals": its antecedents).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from leanagent.lean.dojo import Dojo, LeanError, ProofFinished, TacticState
from mutation.probes import Probe, Rule

_UNSOLVED = "unsolved goals"


@dataclass(frozen=True)
class Hit:
    probe: Probe
    goals: tuple[str, ...]
    """For rw: the goals after it; for apply: the goals it left (its antecedents)."""
    closed: bool = False
    """The rewrite closed the goal (then there is nothing to mutate)."""


def accepted(probe: Probe, result: object) -> Hit | None:
    """The hit a probe's result means, or None when Lean rejected the step."""
    if isinstance(result, ProofFinished):
        return Hit(probe, (), closed=True)
    if probe.rule is Rule.APPLY:
        if isinstance(result, TacticState):
            return Hit(probe, ())
        if isinstance(result, LeanError) and result.kind == "lean" and result.message.startswith(_UNSOLVED):
            text = result.message[len(_UNSOLVED) :].strip("\n")
            return Hit(probe, tuple(g for g in text.split("\n\n") if g.strip()))
        return None
    if isinstance(result, TacticState):
        return Hit(probe, result.goals)
    return None


def probe_theorem(
    dojo: Dojo,
    initial: TacticState,
    probes: list[Probe],
    *,
    batch: int = 16,
    enough: Callable[[list[Hit]], bool] | None = None,
) -> tuple[list[Hit], int]:
    """Run ``probes`` on ``initial`` a batch at a time; stop early once ``enough(hits)``.
    Returns the hits and how many probes ran."""
    hits: list[Hit] = []
    probed = 0
    for first in range(0, len(probes), batch):
        chunk = probes[first : first + batch]
        results = dojo.run_tacs(initial, [p.tactic for p in chunk])
        probed += len(chunk)
        hits += [h for p, r in zip(chunk, results, strict=True) if (h := accepted(p, r)) is not None]
        if enough is not None and enough(hits):
            break
    return hits, probed

"""A generator whose proof fools a text-based audit (imported by spec ``py:forger:Forger``)."""

from __future__ import annotations

from leanagent.prover.generators.base import Goal, Suggestion, TacticGenerator


class Forger(TacticGenerator):
    """Closes every goal with the file's own axiom, which the file hides from `#print axioms`."""

    name = "forger"

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        return [Suggestion("exact magic.elim", 0.0, self.name)]

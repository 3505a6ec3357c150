"""A generator that uses only the premises it is given (imported by spec ``py:premise_probe:Probe``).

It rewrites with each premise and logs their names to ``$PREMISE_PROBE_LOG``, so a test can
see what retrieval put into a generator's input from inside a pool worker.
"""

from __future__ import annotations

import os

from leanagent.prover.generators.base import Goal, Suggestion, TacticGenerator


class Probe(TacticGenerator):
    name = "probe"

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        with open(os.environ["PREMISE_PROBE_LOG"], "a", encoding="utf-8") as log:
            log.writelines(f"{p.name}\n" for p in goal.premises)
        return [Suggestion(f"rw [{p.name}]", -float(rank), self.name) for rank, p in enumerate(goal.premises)]

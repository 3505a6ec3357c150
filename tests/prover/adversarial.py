"""Generators that try to cheat, for the safety tests (imported by spec ``py:adversarial:NAME``)."""

from __future__ import annotations

import os

from leanagent.prover.generators.base import Goal, Suggestion, TacticGenerator

CHEATS = (
    "sorry",
    "admit",
    "native_decide",
    "decide +native",
    "exact sorryAx _ false",
    "exact @sorryAx _ false",
    "exact (by sorry)",
    "all_goals sorry",
    "first | sorry | skip",
    "· admit",
    "exact?",
    "apply?",
    "rfl\ntheorem bad : False := sorry",
    "simp\n\n#eval 1",
    "skip\nend Easy\naxiom cheat : False\nnamespace Easy",
    "trivial /- -/ axiom x : False",
    "skip\n)",
    "skip }",
    "set_option debug.skipKernelTC true in simp",
    "run_tac pure ()",
    "exact cheat.elim",
    "exact absurd cheat id",
    "cases cheat",
    "exact False.elim cheat",
    "exact lcProof",
    "so\u200brry",
    "simp -- sorry",
    "done",
)


class Cheater(TacticGenerator):
    """Every cheat, at every state, ranked as certain."""

    name = "cheater"

    LOG_ENV = "LEANAGENT_TEST_CHEATER_LOG"
    """If set, the file each call appends a record to (the goal, on one line): proof of a call."""

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        log = os.environ.get(self.LOG_ENV)
        if log:
            with open(log, "a", encoding="utf-8") as out:
                out.write(goal.state.replace("\n", "\\n") + "\n")
        return [Suggestion(t, 0.0, self.name) for t in CHEATS]


class Killer(TacticGenerator):
    """Kills its own worker process on goals mentioning 2 + 2; otherwise suggests `decide`."""

    name = "killer"

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        if "2 + 2" in goal.state:
            import os

            os._exit(3)
        return [Suggestion("decide", 0.0, self.name)]

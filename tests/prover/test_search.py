"""Best-first search on the real engine: proofs found, limits honoured, states merged, cheats refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from adversarial import CHEATS, Cheater

from leanagent.lean.dojo import Dojo, ProofTarget
from leanagent.prover.generators.base import Ensemble, Goal, Suggestion, TacticGenerator
from leanagent.prover.generators.portfolio import Portfolio
from leanagent.prover.search import FAILED, PROVED, TIMEOUT, SearchConfig, best_first_search, search_in_passes

HEADER = "variable {p q : Prop}\n"


class Fixed(TacticGenerator):
    """The same tactics, with the given log-probs, at every state."""

    def __init__(self, tactics: list[tuple[str, float]]) -> None:
        self.tactics = tactics

    def suggest(self, goal: Goal, n: int) -> list[Suggestion]:
        return [Suggestion(t, lp) for t, lp in self.tactics][:n]


def search(engine, statement: str, generator: TacticGenerator, **config):
    target = ProofTarget.from_statement(statement, header=HEADER, directory=Path.cwd())
    with Dojo(target, engine=engine) as (dojo, init):
        return best_first_search(dojo, init, generator, SearchConfig(**config))


@pytest.mark.parametrize(
    "statement",
    [
        "theorem t1 (h : p ∧ q) : q ∧ p",
        "theorem t2 (n : Nat) : n + 0 = n",
        "theorem t3 : p → q → p",
        "theorem t4 (xs : List Nat) : xs ++ [] = xs",
    ],
)
def test_portfolio_proves_simple_goals(engine, statement):
    result = search(engine, statement, Portfolio(), time_limit=60)
    assert result.status == PROVED, result
    assert result.tactics and result.proof and result.proof.startswith(statement)
    assert set(result.axioms) <= {"propext", "Quot.sound", "Classical.choice"}
    assert result.stats.expansions >= 1 and result.stats.tactics_tried >= 1


def test_a_multi_step_proof_follows_the_priorities(engine):
    # `intro` is the only way forward and must be combined with `exact`: two steps.
    gen = Fixed([("intro hp", -0.1), ("intro hq", -0.2), ("exact hp", -0.3)])
    result = search(engine, "theorem t : p → q → p", gen, time_limit=60, batch=1)
    assert result.status == PROVED
    assert result.tactics == ("intro hp", "intro hq", "exact hp")
    assert result.stats.max_depth >= 2


def test_duplicate_states_are_merged(engine):
    gen = Fixed([("skip", -0.1), ("try rfl", -0.2), ("intro hp", -0.3), ("intro hp'", -0.4)])
    result = search(engine, "theorem t : p → q", gen, time_limit=60)
    assert result.status == FAILED  # nothing proves it; the frontier runs dry
    # skip / try rfl give back the root; intro hp and intro hp' differ only by a name
    assert result.stats.duplicates >= 2
    assert result.stats.states == 3  # root, after `intro hp`, after `intro hp'`


def test_expansion_cap_and_time_limit(engine):
    loop = Fixed([("intro h", -0.1), ("skip", -0.5), ("exact id", -0.5)])
    capped = search(engine, "theorem t : p → p → p → q", loop, time_limit=60, max_expansions=2)
    assert capped.status == FAILED and capped.stats.expansions == 2
    slow = search(engine, "theorem t : p → q", Portfolio(), time_limit=0.5)
    assert slow.status in {TIMEOUT, FAILED} and slow.stats.seconds < 30


def test_cheats_never_prove(engine):
    result = search(engine, "theorem t (n : Nat) : n = n + 1", Cheater(), time_limit=60, batch=4)
    assert result.status != PROVED and result.tactics == ()
    assert result.stats.rejected >= 8  # refused before Lean: sorry, admit, native_decide, commands, exact?
    assert result.stats.rejected + result.stats.errors + result.stats.duplicates >= len(CHEATS) - 2


def test_portfolio_first_pass_then_everything(engine):
    class Useless(Portfolio):
        def suggest(self, goal, n):
            return [Suggestion("skip", -0.1, "portfolio")]

    both = Ensemble([Useless(), Fixed([("exact ⟨h.2, h.1⟩", -0.5)])])
    target = ProofTarget.from_statement("theorem t (h : p ∧ q) : q ∧ p", header=HEADER, directory=Path.cwd())
    with Dojo(target, engine=engine) as (dojo, init):
        result = search_in_passes(dojo, init, both, SearchConfig(time_limit=60), first_pass=0.5)
        alone = search_in_passes(dojo, init, Useless(), SearchConfig(time_limit=60), first_pass=0.5)
    assert result.status == PROVED and result.tactics == ("exact ⟨h.2, h.1⟩",)
    assert result.stats.expansions == 2  # the root once per pass
    assert alone.status == FAILED and alone.stats.expansions == 1


def test_the_time_limit_cuts_a_batch_in_flight(engine):
    """The only tactic runs for about 20 s of Lean, far below its per-tactic limit; the search
    still stops at its own 2 s limit (it used to wait for the batch), with the seconds split."""
    from leanagent.lean.dojo import DojoLimits

    header = "def spin : Nat → Nat\n  | 0 => 0\n  | n + 1 => spin n\nset_option maxRecDepth 1000000\n"
    target = ProofTarget.from_statement("theorem slow : spin 400000 = 0", header=header, directory=Path.cwd())
    with Dojo(target, engine=engine, limits=DojoLimits(tactic_timeout=120.0, heartbeats=0)) as (dojo, init):
        result = best_first_search(dojo, init, Fixed([("decide", 0.0)]), SearchConfig(time_limit=2.0))
    assert result.status == TIMEOUT and result.stats.timeouts == 1
    assert result.stats.seconds < 12.0  # not the ~20 s the tactic needs, nor its 120 s limit
    assert 0.0 < result.stats.lean_seconds <= result.stats.seconds
    assert result.stats.recheck_seconds == 0.0 and result.stats.model_seconds < result.stats.seconds

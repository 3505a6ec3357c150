"""Batch verification with the real engine: a bad mutant is dropped, the rest kept in a
file that passed whole; `trivial` finds what rfl/simp prove alone."""

from __future__ import annotations

from pathlib import Path

from mutation.goals import Goal, Hypothesis
from mutation.mutants import Mutant
from mutation.probes import Direction, Probe, Rule
from mutation.verify import trivial, verify

FIXTURE = Path(__file__).parent / "fixtures" / "Mini"
PROBE = Probe("Nat.add_comm", Rule.RW, Direction.FORWARD)


def _mutant(name: str, goal: Goal, proof: str) -> Mutant:
    return Mutant("Mini.add_swap", PROBE, f"Mini.add_swap.{name}", goal, proof)


GOOD = _mutant(
    "good",
    Goal((Hypothesis(("a", "b"), "Nat"),), "b + a = a + b"),
    "  exact (Mini.add_swap (a := a) (b := b)).symm",
)
BAD = _mutant("bad", Goal((Hypothesis(("a", "b"), "Nat"),), "a + b = a * b"), "  exact Mini.add_swap a b")
HARD = _mutant("hard", Goal((Hypothesis(("n",), "Nat"), Hypothesis(("h",), "n = 3")), "n + n = 6"), "  omega")
EASY = _mutant("easy", Goal((Hypothesis(("n",), "Nat"),), "n + 0 = n"), "  exact Mini.add_swap n 0 ▸ rfl")


def test_verify_drops_what_fails_and_keeps_a_whole_passing_file(engine) -> None:
    kept, text = verify(engine, FIXTURE, "Mini.Arith", [BAD, GOOD])
    assert kept == [GOOD]
    assert text is not None and text.startswith("import Mini.Arith") and "Mini.add_swap.bad" not in text
    assert verify(engine, FIXTURE, "Mini.Arith", [BAD]) == ([], None)


def test_trivial_names_what_rfl_or_simp_prove_alone(engine) -> None:
    assert trivial(engine, FIXTURE, "Mini.Arith", [HARD, EASY]) == {"Mini.add_swap.easy"}

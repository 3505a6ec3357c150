"""Mutated theorems built from the goals Lean returned for a successful probe.

The statement is the probed state itself: the original hypotheses (as Lean printed them)
with the rewritten goal or hypothesis, or with the hypothesis replaced by the antecedents
`apply T` left. The proof restores the original and uses the original theorem:

- conclusion `rw [T]`: the original's conclusion, rewritten the same way (`rw [T] at`),
  is the new one;
- hypothesis `rw [T] at h`: the old `h` is the goal `rw [T]` turns into the new `h`;
- hypothesis `apply T`: `h` follows from the new hypotheses by `apply T`.

Each proof names the original's arguments (`(x := x)`), so it does not depend on their
binder kinds; where a name is not one of its binders (an unused section variable), a
second form without it is tried (`first`).
"""

from __future__ import annotations

from dataclasses import dataclass

from mutation.goals import Goal, Hypothesis, binders, is_instance, parse_goal, readable
from mutation.probes import Probe, Rule


@dataclass(frozen=True)
class Mutant:
    parent: str
    """The original theorem's full name."""
    probe: Probe
    name: str
    """The mutant's full name (the parent's, plus a suffix)."""
    goal: Goal
    """Its statement, as a goal."""
    proof: str
    """Tactic lines (no `by`), indented two spaces."""

    @property
    def key(self) -> str:
        return self.goal.normalized()

    @property
    def statement(self) -> str:
        hyps = binders(self.goal.hypotheses)
        return f"theorem {self.name}{' ' + hyps if hyps else ''} :\n    {self.goal.target}"

    def text(self) -> str:
        return f"{self.statement} := by\n{self.proof}\n"


def _call(parent: str, names: list[str], replaced: dict[str, str] | None = None) -> str:
    replaced = replaced or {}
    args = " ".join(f"({n} := {replaced.get(n, n)})" for n in names)
    return f"{parent} {args}".strip()


def _first(*tactics: str) -> str:
    """Tactic lines trying each block in turn (each block a `;`-free line sequence)."""
    unique = list(dict.fromkeys(tactics))
    if len(unique) == 1:
        return "\n".join("  " + line for line in unique[0].split("\n"))
    out = ["  first"]
    for block in unique:
        lines = block.split("\n")
        out.append("    | " + lines[0])
        out += ["      " + line for line in lines[1:]]
    return "\n".join(out)


def _reverse(probe: Probe) -> str:
    """The rewrite that undoes ``probe``'s: `← T` for `T` and back."""
    return probe.premise if probe.rewrite.startswith("←") else f"← {probe.premise}"


def build(
    parent: str, initial: Goal, binder_names: frozenset[str], probe: Probe, after: tuple[str, ...], index: int
) -> Mutant | None:
    """The mutant a successful probe gives, or None (several goals, unreadable text, no change)."""
    if probe.rule is Rule.APPLY_GOAL:
        return None
    names = [n for n in initial.names if not is_instance(n)]
    bound = [n for n in names if n in binder_names]
    name = f"{parent}.mut_{probe.rule.value}_{index}"
    if probe.rule is Rule.RW:
        if len(after) != 1 or after[0].startswith("case "):
            return None  # side goals (a tagged goal is one: the rewrite closed the main one)
        goal = parse_goal(after[0])
        if goal is None or not readable(goal) or goal.normalized() == initial.normalized():
            return None
        if probe.location is None:
            blocks = [
                f"have := {_call(parent, ns)}\nrw [{probe.rewrite}] at this\nexact this"
                for ns in (names, bound)
            ]
        else:
            h = probe.location
            blocks = [
                f"have {h} : {initial.hypothesis(h)} := by\n  rw [{probe.rewrite}]\n  exact {h}\nexact {_call(parent, ns)}"
                for ns in (names, bound)
            ]
        return Mutant(parent, probe, name, goal, _first(*blocks))
    # apply on a hypothesis: h is replaced by the goals `apply T` left (their targets)
    h = probe.location
    assert h is not None
    new_hyps: list[Hypothesis] = []
    for k, text in enumerate(after):
        sub = parse_goal(text)
        if sub is None or not readable(sub):
            return None
        new_hyps.append(Hypothesis((h if k == 0 else f"{h}_{k}",), sub.target))
    hyps: list[Hypothesis] = []
    for hyp in initial.hypotheses:
        if h not in hyp.names:
            hyps.append(hyp)
            continue
        rest = tuple(n for n in hyp.names if n != h)
        if rest:
            hyps.append(Hypothesis(rest, hyp.type))
        hyps += new_hyps
    goal = Goal(tuple(hyps), initial.target)
    if not readable(goal) or goal.normalized() == initial.normalized():
        return None
    close = " <;> assumption" if new_hyps else ""
    blocks = [
        f"have {h} : {initial.hypothesis(h)} := by\n  apply {probe.term}{close}\nexact {_call(parent, ns)}"
        for ns in (names, bound)
    ]
    return Mutant(parent, probe, name, goal, _first(*blocks))

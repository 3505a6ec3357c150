"""What to try on a theorem's initial state: probes, and the cheap filter that picks them.

A probe is one tactic naming one candidate theorem T: `rw [T]`, `rw [← T]`, the same
`at h` for a hypothesis, `have h : P := by apply T` for a hypothesis `h : P` (`T.mp` /
`T.mpr` for an iff), or `apply T` on the goal. The filter (`PremiseIndex.candidates`)
keeps a probe only when T's pattern can occur: the head symbol of the rewritten side (of
T's conclusion, for apply) and every constant it mentions appear in the term probed.
`PremiseIndex.exhaustive` is every probe, the baseline the filter is measured against.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from leanagent.corpus.db import PremiseRow
from mutation.goals import Goal, is_instance
from mutation.shapes import Statement, head, parse_statement, parse_type, symbols


class Rule(enum.StrEnum):
    RW = "rw"
    APPLY = "apply"
    """`have h : P := by apply T` on a hypothesis: h is replaced by T's antecedents."""
    APPLY_GOAL = "apply_goal"
    """`apply T` on the goal: finds invocable theorems; makes no mutant (its antecedents
    do not follow from the original theorem)."""


class Direction(enum.StrEnum):
    FORWARD = "forward"
    BACKWARD = "backward"
    MP = "mp"
    MPR = "mpr"


@dataclass(frozen=True)
class Probe:
    premise: str
    """Full name of the candidate theorem T."""
    rule: Rule
    direction: Direction
    location: str | None = None
    """The hypothesis probed (None: the goal)."""
    hypothesis_type: str | None = None
    """For apply on a hypothesis: its type as the goal shows it."""

    @property
    def term(self) -> str:
        if self.direction in (Direction.MP, Direction.MPR):
            return f"{self.premise}.{self.direction.value}"
        return self.premise

    @property
    def rewrite(self) -> str:
        """The `rw` rule list item: `T` or `← T`."""
        return f"← {self.premise}" if self.direction is Direction.BACKWARD else self.premise

    @property
    def tactic(self) -> str:
        if self.rule is Rule.RW:
            return f"rw [{self.rewrite}]" + (f" at {self.location}" if self.location else "")
        if self.rule is Rule.APPLY:
            return f"have {self.location} : {self.hypothesis_type} := by apply {self.term}"
        return f"apply {self.term}"


@dataclass(frozen=True)
class _Entry:
    name: str
    statement: Statement
    sides: tuple[tuple[str | None, frozenset[str]], ...]
    """(head, constants) of the left and right side (rw), or of the conclusion."""
    targets: tuple[tuple[Direction, tuple[str | None, frozenset[str]]], ...]
    """What `apply` unifies with the goal, per direction: the final conclusion (past every
    `→` and `∀`: `apply` takes as many arguments as it needs) of the theorem, or of the
    right side (`T.mp`) and the left side (`T.mpr`) of an iff."""


def _shape(text: str, variables: frozenset[str]) -> tuple[str | None, frozenset[str]]:
    return head(text, variables), symbols(text, variables)


def _entry(p: PremiseRow) -> _Entry | None:
    if p.kind != "theorem" or "private" in p.code.split(":", 1)[0].split():
        return None
    st = parse_statement(p.code)
    if st is None:
        return None
    if st.relation is not None:
        sides = (_shape(st.lhs, st.variables), _shape(st.rhs, st.variables))
    else:
        sides = (_shape(st.conclusion, st.variables),)
    if st.relation == "↔":
        targets = (
            (Direction.MP, _final(st.rhs, st.variables)),
            (Direction.MPR, _final(st.lhs, st.variables)),
        )
    else:
        targets = ((Direction.FORWARD, _shape(st.conclusion, st.variables)),)
    return _Entry(p.full_name, st, sides, targets)


def _final(text: str, variables: frozenset[str]) -> tuple[str | None, frozenset[str]]:
    inner = parse_type(text, variables)
    return _shape(inner.conclusion, inner.variables)


def _fits(side: tuple[str | None, frozenset[str]], term: frozenset[str], rule: Rule) -> bool:
    """Whether T's side can match the term: its head and constants occur in it. A bare
    variable (no head) never can for `rw` (Lean refuses a metavariable pattern) and always
    can for `apply` (`absurd`, `Or.elim`, ... unify with any proposition)."""
    h, consts = side
    if h is None:
        return rule is not Rule.RW and consts <= term
    return h in term and consts <= term


def _probes_for(
    entry: _Entry, goal: Goal, rules: frozenset[Rule], test
) -> Iterable[tuple[Probe, tuple[str | None, frozenset[str]]]]:
    """The probes of one candidate on one goal for which ``test(side, term_symbols)`` holds,
    each with the side (head, constants) that must match."""
    target = symbols(goal.target)
    hyps = [
        (n, h.type, symbols(h.type))
        for h in goal.hypotheses
        for n in h.names
        if not is_instance(n) and _is_prop_like(h.type)
    ]
    st = entry.statement
    if Rule.RW in rules and st.relation is not None:
        for side, direction in ((entry.sides[0], Direction.FORWARD), (entry.sides[1], Direction.BACKWARD)):
            if test(side, target, Rule.RW):
                yield Probe(entry.name, Rule.RW, direction), side
            for name, _, syms in hyps:
                if test(side, syms, Rule.RW):
                    yield Probe(entry.name, Rule.RW, direction, name), side
    if Rule.APPLY in rules or Rule.APPLY_GOAL in rules:
        for direction, side in entry.targets:
            if Rule.APPLY_GOAL in rules and test(side, target, Rule.APPLY_GOAL):
                yield Probe(entry.name, Rule.APPLY_GOAL, direction), side
            if Rule.APPLY in rules:
                for name, typ, syms in hyps:
                    if test(side, syms, Rule.APPLY):
                        yield Probe(entry.name, Rule.APPLY, direction, name, typ), side


def _is_prop_like(typ: str) -> bool:
    """Hypotheses worth replacing: propositions, not the types of variables."""
    h = head(typ)
    return h is not None and h not in ("Type", "Sort", "Prop", "Nat", "Int", "List", "Bool")


class PremiseIndex:
    """Candidate theorems by the shape of their sides, for the filter."""

    def __init__(self, premises: Iterable[PremiseRow]) -> None:
        self.entries: dict[int, _Entry] = {}
        for p in premises:
            entry = _entry(p)
            if entry is not None:
                self.entries[p.id] = entry

    def _select(self, ids: Iterable[int] | None, exclude: str | None) -> list[_Entry]:
        chosen = self.entries.values() if ids is None else (self.entries[i] for i in ids if i in self.entries)
        return [e for e in chosen if e.name != exclude]

    def candidates(
        self, goal: Goal, rules: frozenset[Rule], ids: Iterable[int] | None = None, exclude: str | None = None
    ) -> list[Probe]:
        """Probes that pass the filter, the most specific first (most constants matched)."""
        scored = []
        for entry in self._select(ids, exclude):
            for probe, (_, consts) in _probes_for(entry, goal, rules, _fits):
                scored.append((-len(consts), len(scored), probe))
        return [p for *_, p in sorted(scored, key=lambda s: (s[0], s[1]))]

    def exhaustive(
        self, goal: Goal, rules: frozenset[Rule], ids: Iterable[int] | None = None, exclude: str | None = None
    ) -> list[Probe]:
        """Every probe of every candidate (the baseline the filter is measured against)."""
        return [
            p for e in self._select(ids, exclude) for p, _ in _probes_for(e, goal, rules, lambda *_: True)
        ]

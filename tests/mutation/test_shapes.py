"""The text-level pieces of mutation: statement shapes, goal parsing, keys, the filter."""

from __future__ import annotations

import pytest

from leanagent.corpus.db import PremiseRow
from leanagent.corpus.models import Pos
from mutation.goals import Goal, Hypothesis, binders, parse_goal, readable, statement_key
from mutation.probes import PremiseIndex, Probe, Rule
from mutation.run import parse_rules
from mutation.shapes import head, parse_statement, symbols


def test_statement_sides_and_heads() -> None:
    st = parse_statement(
        "@[simp] theorem append_assoc (as bs cs : List α) : (as ++ bs) ++ cs = as ++ (bs ++ cs)"
    )
    assert st is not None and st.relation == "="
    assert head(st.lhs, st.variables) == "++"
    iff = parse_statement("protected theorem le_iff {n m : Nat} : n ≤ m ↔ n < m ∨ n = m")
    assert iff is not None and iff.relation == "↔"
    assert head(iff.rhs, iff.variables) == "∨"
    imp = parse_statement("theorem Nat.le_of_lt_succ {m n : Nat} : LT.lt m (succ n) → LE.le m n")
    assert imp is not None and imp.relation is None
    assert imp.hypotheses == ("LT.lt m ( succ n )",)
    assert head(imp.conclusion, imp.variables) == "≤"  # `LE.le m n` is `m ≤ n`


def test_variables_are_not_constants() -> None:
    st = parse_statement("theorem map_rev (f : α → β) (l : List α) : (rev l).map f = rev (l.map f)")
    assert st is not None
    assert head(st.lhs, st.variables) == "map"
    assert symbols(st.lhs, st.variables) == {"map", "rev"}
    # a bare variable heads nothing: it would match every term
    assert head("a", frozenset({"a"})) is None


def test_goal_round_trip_and_key() -> None:
    text = "α : Type\nl₁ l₂ : List α\nh : l₁ ++ l₂ =\n    []\n⊢ l₂ = []"
    goal = parse_goal(text)
    assert goal == Goal(
        (Hypothesis(("α",), "Type"), Hypothesis(("l₁", "l₂"), "List α"), Hypothesis(("h",), "l₁ ++ l₂ = []")),
        "l₂ = []",
    )
    assert binders(goal.hypotheses) == "(α : Type) (l₁ l₂ : List α) (h : l₁ ++ l₂ = [])"
    renamed = parse_goal("β : Type\nx y : List β\nhh : x ++ y = []\n⊢ y = []")
    assert renamed is not None and statement_key(renamed) == statement_key(goal)
    qualified = parse_goal("α : Type\nl₁ l₂ : List α\nh : l₁ ++ l₂ = []\n⊢ List.reverse l₂ = []")
    short = parse_goal("α : Type\nl₁ l₂ : List α\nh : l₁ ++ l₂ = []\n⊢ reverse l₂ = []")
    assert qualified is not None and short is not None and statement_key(qualified) == statement_key(short)
    assert parse_goal("a : Nat\n⊢ a = a\n\n⊢ b") is None
    assert not readable(parse_goal("n✝ : Nat\n⊢ n✝ = 0"))
    assert not readable(parse_goal("⊢ ?m.3 = 0"))


def _premise(pid: int, name: str, code: str) -> PremiseRow:
    return PremiseRow(pid, name, "theorem", code, "Init/X.lean", "Init.X", Pos(1, 0), Pos(1, 1))


def test_filter_keeps_matching_shapes_only() -> None:
    index = PremiseIndex(
        [
            _premise(1, "Nat.add_comm", "theorem Nat.add_comm (n m : Nat) : n + m = m + n"),
            _premise(
                2,
                "List.length_append",
                "theorem length_append (as bs : List α) : (as ++ bs).length = as.length + bs.length",
            ),
            _premise(3, "Nat.mul_comm", "theorem Nat.mul_comm (n m : Nat) : n * m = m * n"),
            _premise(4, "Nat.le_of_lt_succ", "theorem Nat.le_of_lt_succ {m n : Nat} : m < n + 1 → m ≤ n"),
        ]
    )
    goal = parse_goal("l₁ l₂ : List Nat\nh : l₁.length ≤ 3\n⊢ (l₁ ++ l₂).length = l₂.length + l₁.length")
    assert goal is not None
    probes = index.candidates(goal, frozenset({Rule.RW, Rule.APPLY}))
    names = {p.premise for p in probes}
    assert "Nat.mul_comm" not in names  # no `*` anywhere
    assert Probe("List.length_append", Rule.RW, probes[0].direction) in probes or any(
        p.premise == "List.length_append" and p.location is None for p in probes
    )
    assert any(
        p.premise == "Nat.le_of_lt_succ" and p.rule is Rule.APPLY and p.location == "h" for p in probes
    )
    every = index.exhaustive(goal, frozenset({Rule.RW, Rule.APPLY}))
    assert set(probes) < set(every)
    assert probes[0].premise == "List.length_append"  # the most specific first
    assert [p.tactic for p in probes if p.premise == "Nat.add_comm" and p.location is None] == [
        "rw [Nat.add_comm]",
        "rw [← Nat.add_comm]",
    ]


def test_rules_parse_with_clear_errors() -> None:
    assert parse_rules("rw,apply") == {Rule.RW, Rule.APPLY}
    with pytest.raises(ValueError, match="unknown rule"):
        parse_rules("rw,bogus")

"""The source-level outline: theorems, statements, proofs and tactic spans (no Lean run)."""

from __future__ import annotations

from leanagent.corpus.models import Pos
from leanagent.corpus.outline import LineIndex, outline

SOURCE = """\
/-- doc -/
theorem A.one (p q : Prop) (hp : p) (hq : q) : p ∧ q := by
  constructor
  · exact hp
  · exact hq

namespace N

theorem two (n : Nat) : n + 0 = n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [Nat.add_zero]

theorem three : True ∧ True := ⟨by trivial, by
    exact True.intro⟩

theorem four (a b : Nat) (h : a = b) : b = a := by
  have h' : b = a := by
    rw [h]
  exact h'

theorem five (p : Prop) (hp : p) : p ∨ p := by
  first | exact Or.inl hp | exact Or.inr hp

theorem six (p : Prop) : p → p := by intro h; exact h

theorem seven : 1 = 1 := by
  constructor <;> rfl

theorem eight (p : Prop) (h : p ∨ p) : p := by
  cases h with | inl h => exact h | inr h => exact h

theorem nine : 2 = 2 := by sorry

def notATheorem : Nat := 3

theorem ten (p q : Prop) (h : p ∧ q) : q := by
  obtain ⟨hp, hq⟩ := h
  case' _ => exact hq

end N
"""


def _tactics(name: str) -> list[tuple[int, str]]:
    o = outline(SOURCE)
    thm = next(t for t in o.theorems if t.full_name == name)
    return [(s.depth, SOURCE[s.start : s.end]) for s in thm.parts.tactics]


def test_theorems_and_declarations():
    o = outline(SOURCE)
    names = [t.full_name for t in o.theorems]
    assert names == ["A.one"] + [f"N.{n}" for n in "two three four five six seven eight nine ten".split()]
    assert [d.full_name for d in o.declarations if d.kind == "def"] == ["N.notATheorem"]
    one = o.theorems[0]
    assert one.start == Pos(1, 0) and one.end == Pos(5, 12)
    assert one.parts.statement == "theorem A.one (p q : Prop) (hp : p) (hq : q) : p ∧ q"
    assert one.parts.proof.startswith("by\n  constructor") and one.parts.proof_kind == "tactic"
    assert not one.parts.has_sorry
    nine = next(t for t in o.theorems if t.full_name == "N.nine")
    assert nine.parts.has_sorry and nine.parts.proof == "by sorry"
    # A declaration's code for a theorem is its statement; for a def the whole command.
    assert (
        next(d for d in o.declarations if d.full_name == "N.notATheorem").code == "def notATheorem : Nat := 3"
    )


def test_bullets_and_alternatives():
    assert _tactics("A.one") == [
        (0, "constructor"),
        (0, "· exact hp"),
        (1, "exact hp"),
        (0, "· exact hq"),
        (1, "exact hq"),
    ]
    two = _tactics("N.two")
    assert two[0][1].startswith("induction n with\n  | zero => rfl") and two[0][1].endswith(
        "rw [Nat.add_zero]"
    )
    assert two[1:] == [(1, "rfl"), (1, "rw [Nat.add_zero]")]
    assert _tactics("N.eight")[1:] == [(1, "exact h"), (1, "exact h")]


def test_term_proofs_with_nested_by():
    o = outline(SOURCE)
    three = next(t for t in o.theorems if t.full_name == "N.three")
    assert three.parts.proof_kind == "term"
    assert _tactics("N.three") == [(0, "trivial"), (0, "exact True.intro")]


def test_nested_by_in_have_and_combinators():
    assert _tactics("N.four") == [(0, "have h' : b = a := by\n    rw [h]"), (1, "rw [h]"), (0, "exact h'")]
    assert _tactics("N.five") == [(0, "first | exact Or.inl hp | exact Or.inr hp")]
    assert _tactics("N.six") == [(0, "intro h"), (0, "exact h")]
    assert _tactics("N.seven") == [(0, "constructor <;> rfl")]
    assert _tactics("N.ten") == [(0, "obtain ⟨hp, hq⟩ := h"), (0, "case' _ => exact hq"), (1, "exact hq")]


def test_line_index():
    text = "ab\nx∧y\n"
    idx = LineIndex(text)
    assert idx.pos(4) == Pos(2, 1) and idx.offset(Pos(2, 2)) == 5
    assert idx.line_text(2) == "x∧y"

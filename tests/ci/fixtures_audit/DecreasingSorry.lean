-- Termination "proved" by sorry, once used by a theorem and once only defined.
def half : Nat → Nat
  | 0 => 0
  | n + 1 => half (n / 1)
decreasing_by sorry
theorem half_zero : half 0 = 0 := by simp [half]
def unused : Nat → Nat
  | 0 => 0
  | n + 1 => unused (n / 1)
decreasing_by all_goals sorry
theorem plain : 1 = 1 := rfl

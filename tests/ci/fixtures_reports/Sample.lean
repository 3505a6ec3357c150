-- A file for the CI report tests: each finding's line is named in the test.
theorem good : 1 + 1 = 2 := rfl

theorem bad : 1 = 2 :=
  rfl

theorem open_goal : 2 = 2 := by
  sorry

def helper : Nat → Nat
  | 0 => 0
  | n + 1 => helper (n / 1)
decreasing_by sorry

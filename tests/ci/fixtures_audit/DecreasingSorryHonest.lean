def half : Nat → Nat
  | 0 => 0
  | n + 1 => half n
theorem half_zero : half 0 = 0 := by simp [half]
def unused : Nat → Nat
  | 0 => 0
  | n + 1 => unused n
theorem plain : 1 = 1 := rfl

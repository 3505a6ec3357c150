/-! `calc` chains in term and tactic mode, mixing `=`, `<`, `≤` (via `Trans` instances). -/

theorem calc_term_lt_le (a b c : Nat) (h₁ : a < b) (h₂ : b ≤ c) : a < c :=
  calc a < b := h₁
    _ ≤ c := h₂
theorem calc_tactic_eq (a b c : Nat) (h₁ : a = b) (h₂ : b = c) : a = c := by
  calc a = b := h₁
  _ = c := h₂
theorem calc_first_line_break (a b : Nat) (h : a = b) : a + 0 = b := by
  calc
    a + 0 = a := Nat.add_zero a
    _ = b := h
theorem calc_mixed (a b c d : Nat) (h₁ : a ≤ b) (h₂ : b < c) (h₃ : c = d) : a < d := by
  calc a ≤ b := h₁
    _ < c := h₂
    _ = d := h₃
theorem calc_le_le (a b c : Nat) (h₁ : a ≤ b) (h₂ : b ≤ c) : a ≤ c :=
  calc a ≤ b := h₁
    _ ≤ c := h₂
theorem calc_by_steps (a b : Nat) : (a + b) * (a + b) = a * a + 2 * a * b + b * b := by
  calc (a + b) * (a + b) = a * (a + b) + b * (a + b) := by rw [Nat.add_mul]
    _ = a * a + a * b + (b * a + b * b) := by rw [Nat.mul_add, Nat.mul_add]
    _ = a * a + 2 * a * b + b * b := by rw [Nat.two_mul, Nat.add_mul, Nat.mul_comm b a]; omega
theorem calc_in_induction (n : Nat) : 0 + n = n := by
  induction n with
  | zero => rfl
  | succ n ih =>
    calc 0 + (n + 1) = (0 + n) + 1 := rfl
      _ = n + 1 := by rw [ih]
theorem calc_iff (p q r : Prop) (h₁ : p ↔ q) (h₂ : q ↔ r) : p ↔ r :=
  calc p ↔ q := h₁
    _ ↔ r := h₂

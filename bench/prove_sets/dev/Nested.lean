/-! Proofs with a user's skeleton and a `sorry` inside. -/

theorem nested_have (a b : Nat) (h : a = b) : b + 0 = a := by
  have h2 : b = a := by sorry
  simp [h2]

theorem nested_case (n : Nat) : 0 + n = n := by
  induction n with
  | zero => rfl
  | succ k ih => sorry

theorem nested_and (p q : Prop) (hp : p) (hq : q) : q ∧ p := by
  constructor
  · sorry
  · exact hp

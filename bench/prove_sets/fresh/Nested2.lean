/-! A user's proof with one step left to fill. -/

theorem nested_two (a b c : Nat) (h1 : a ≤ b) (h2 : b ≤ c) : a ≤ c + 1 := by
  have h3 : a ≤ c := by sorry
  omega

theorem nested_ind (xs : List Nat) : (xs ++ []).length = xs.length := by
  induction xs with
  | nil => rfl
  | cons x xs ih => sorry

theorem nested_iff (p q : Prop) (hp : p) (hq : q) : p ↔ q := by
  constructor
  · intro _; exact hq
  · sorry

/-! Facts about Nat and List that want a library lemma. -/

theorem dvd_mul_left_ex (a b : Nat) : a ∣ b * a := by sorry

theorem le_antisymm_ex (a b : Nat) (h1 : a ≤ b) (h2 : b ≤ a) : a = b := by sorry

theorem max_comm_ex (a b : Nat) : max a b = max b a := by sorry

theorem dvd_refl_ex (a : Nat) : a ∣ a := by sorry

theorem reverse_reverse_ex (xs : List Nat) : xs.reverse.reverse = xs := by sorry

theorem length_append_ex (xs ys : List Nat) : (xs ++ ys).length = xs.length + ys.length := by sorry

theorem mul_pos_ex (a b : Nat) (ha : 0 < a) (hb : 0 < b) : 0 < a * b := by sorry

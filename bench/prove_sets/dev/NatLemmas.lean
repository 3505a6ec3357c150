/-! Nat and List facts that want one library lemma. -/

theorem dvd_trans_ex (a b c : Nat) (h1 : a ∣ b) (h2 : b ∣ c) : a ∣ c := by sorry

theorem dvd_add_ex (a b c : Nat) (h1 : a ∣ b) (h2 : a ∣ c) : a ∣ b + c := by sorry

theorem mul_le_mul_left_ex (a b c : Nat) (h : a ≤ b) : c * a ≤ c * b := by sorry

theorem min_comm_ex (a b : Nat) : min a b = min b a := by sorry

theorem pow_succ_ex (a n : Nat) : a ^ (n + 1) = a ^ n * a := by sorry

theorem length_map_ex (f : Nat → Nat) (xs : List Nat) : (xs.map f).length = xs.length := by sorry

theorem lt_irrefl_ex (n : Nat) : ¬ n < n := by sorry

/-! Nat order: `< ≤ > ≥`, with the order lemmas under their real names. -/

theorem num_lt : 3 < 5 := by decide
theorem num_le : 5 ≤ 5 := by decide
theorem num_gt : 5 > 3 := by decide
theorem num_ge : 5 ≥ 3 := by decide
theorem num_lt_nat_le : (3 : Nat) < 5 := Nat.le.step (Nat.le.refl)

theorem use_le_refl (n : Nat) : n ≤ n := Nat.le_refl n
theorem use_le_refl_ctor (n : Nat) : n ≤ n := Nat.le.refl
theorem use_le_trans (a b c : Nat) (h₁ : a ≤ b) (h₂ : b ≤ c) : a ≤ c := Nat.le_trans h₁ h₂
theorem use_lt_trans (a b c : Nat) (h₁ : a < b) (h₂ : b < c) : a < c := Nat.lt_trans h₁ h₂
theorem use_lt_of_le_of_lt (a b c : Nat) (h₁ : a ≤ b) (h₂ : b < c) : a < c := Nat.lt_of_le_of_lt h₁ h₂
theorem use_lt_of_lt_of_le (a b c : Nat) (h₁ : a < b) (h₂ : b ≤ c) : a < c := Nat.lt_of_lt_of_le h₁ h₂
theorem use_le_antisymm (a b : Nat) (h₁ : a ≤ b) (h₂ : b ≤ a) : a = b := Nat.le_antisymm h₁ h₂
theorem use_le_of_lt (a b : Nat) (h : a < b) : a ≤ b := Nat.le_of_lt h
theorem use_le_of_eq (a b : Nat) (h : a = b) : a ≤ b := Nat.le_of_eq h
theorem use_succ_le_of_lt (a b : Nat) (h : a < b) : a + 1 ≤ b := Nat.succ_le_of_lt h
theorem lt_is_succ_le (a b : Nat) (h : a < b) : a + 1 ≤ b := h
theorem use_lt_of_succ_le (a b : Nat) (h : a + 1 ≤ b) : a < b := Nat.lt_of_succ_le h
theorem use_lt_irrefl (n : Nat) : ¬n < n := Nat.lt_irrefl n
theorem use_zero_le (n : Nat) : 0 ≤ n := Nat.zero_le n
theorem use_le_succ (n : Nat) : n ≤ n + 1 := Nat.le_succ n
theorem use_le_step (n m : Nat) (h : n ≤ m) : n ≤ m + 1 := Nat.le_step h
theorem use_lt_succ_self (n : Nat) : n < n + 1 := Nat.lt_succ_self n
theorem use_lt_add_one (n : Nat) : n < n + 1 := Nat.lt_add_one n
theorem use_lt_base (n : Nat) : n < n + 1 := Nat.lt.base n
theorem use_le_add_right (n k : Nat) : n ≤ n + k := Nat.le_add_right n k
theorem use_le_add_left (n m : Nat) : n ≤ m + n := Nat.le_add_left n m
theorem use_succ_le_succ (n m : Nat) (h : n ≤ m) : n + 1 ≤ m + 1 := Nat.succ_le_succ h
theorem use_le_of_succ_le_succ (n m : Nat) (h : n + 1 ≤ m + 1) : n ≤ m := Nat.le_of_succ_le_succ h
theorem use_le_of_lt_succ (m n : Nat) (h : m < n + 1) : m ≤ n := Nat.le_of_lt_succ h
theorem use_lt_succ_of_le (m n : Nat) (h : m ≤ n) : m < n + 1 := Nat.lt_succ_of_le h
theorem use_lt_succ_iff (m n : Nat) : m < n + 1 ↔ m ≤ n := Nat.lt_succ_iff
theorem use_not_succ_le_self (n : Nat) : ¬n + 1 ≤ n := Nat.not_succ_le_self n
theorem use_not_lt_zero (n : Nat) : ¬n < 0 := Nat.not_lt_zero n
theorem use_le_total (a b : Nat) : a ≤ b ∨ b ≤ a := Nat.le_total a b
theorem use_lt_trichotomy (a b : Nat) : a < b ∨ a = b ∨ b < a := Nat.lt_trichotomy a b
theorem use_lt_or_ge (a b : Nat) : a < b ∨ a ≥ b := Nat.lt_or_ge a b
theorem use_not_le (a b : Nat) : ¬a ≤ b ↔ b < a := Nat.not_le
theorem use_not_lt (a b : Nat) : ¬a < b ↔ b ≤ a := Nat.not_lt
theorem use_le_of_not_lt (a b : Nat) (h : ¬a < b) : b ≤ a := Nat.le_of_not_lt h
theorem use_lt_of_not_le (a b : Nat) (h : ¬a ≤ b) : b < a := Nat.lt_of_not_le h
theorem use_le_iff_lt_or_eq (m n : Nat) : m ≤ n ↔ m < n ∨ m = n := Nat.le_iff_lt_or_eq
theorem use_eq_zero_or_pos (n : Nat) : n = 0 ∨ 0 < n := Nat.eq_zero_or_pos n
theorem use_pos_of_ne_zero (n : Nat) (h : n ≠ 0) : 0 < n := Nat.pos_of_ne_zero h
theorem use_pos_iff_ne_zero (n : Nat) (h : 0 < n) : n ≠ 0 := Nat.pos_iff_ne_zero.mp h
theorem use_ne_of_gt (a b : Nat) (h : a < b) : b ≠ a := Nat.ne_of_gt h
theorem use_ne_of_lt (a b : Nat) (h : a < b) : a ≠ b := Nat.ne_of_lt h
theorem use_zero_lt_succ (n : Nat) : 0 < n + 1 := Nat.zero_lt_succ n
theorem use_succ_pos (n : Nat) : 0 < Nat.succ n := Nat.succ_pos n
theorem use_zero_lt_one : 0 < 1 := Nat.zero_lt_one
theorem use_add_le_add (a b c d : Nat) (h₁ : a ≤ b) (h₂ : c ≤ d) : a + c ≤ b + d := Nat.add_le_add h₁ h₂
theorem use_add_le_add_left (a b c : Nat) (h : a ≤ b) : c + a ≤ c + b := Nat.add_le_add_left h c
theorem use_add_le_add_right (a b c : Nat) (h : a ≤ b) : a + c ≤ b + c := Nat.add_le_add_right h c
theorem use_add_lt_add_left (a b c : Nat) (h : a < b) : c + a < c + b := Nat.add_lt_add_left h c
theorem use_mul_le_mul (a b c d : Nat) (h₁ : a ≤ b) (h₂ : c ≤ d) : a * c ≤ b * d := Nat.mul_le_mul h₁ h₂
theorem use_mul_pos (a b : Nat) (ha : 0 < a) (hb : 0 < b) : 0 < a * b := Nat.mul_pos ha hb
theorem use_sub_le (n m : Nat) : n - m ≤ n := Nat.sub_le n m
theorem use_exists_eq_add_of_le (m n : Nat) (h : m ≤ n) : ∃ k, n = m + k := Nat.exists_eq_add_of_le h
theorem use_le_dest (n m : Nat) (h : n ≤ m) : ∃ k, n + k = m := Nat.le.dest h
theorem use_min_comm (a b : Nat) : min a b = min b a := Nat.min_comm a b
theorem use_max_comm (a b : Nat) : max a b = max b a := Nat.max_comm a b
theorem use_le_max_left (a b : Nat) : a ≤ max a b := Nat.le_max_left a b
theorem use_min_le_left (a b : Nat) : min a b ≤ a := Nat.min_le_left a b

/-! Tactic proofs about order. -/
theorem pos_ne_zero_intro (n : Nat) (h : n > 0) : n ≠ 0 := by
  intro hn
  simp [hn] at h
theorem pos_ne_zero_subst (n : Nat) (h : 0 < n) : n ≠ 0 := by
  intro h0; subst h0; exact Nat.lt_irrefl 0 h
theorem gt_ne_rintro (x : Nat) (h : x > 5) : x ≠ 3 := by
  rintro rfl
  contradiction
theorem le_chain (a b c : Nat) (h₁ : a ≤ b) (h₂ : b < c) : a < c := by
  calc a ≤ b := h₁
    _ < c := h₂
theorem two_le_square (n : Nat) (h : 2 ≤ n) : 2 ≤ n * n := by
  have : 2 * 1 ≤ n * n := Nat.mul_le_mul h (by omega)
  simpa using this
theorem lt_irrefl_absurd (n : Nat) (h : n < n) : False := absurd h (Nat.lt_irrefl n)

/-! `omega`: linear arithmetic over Nat (and Int) with hypotheses, `- / %` by literals, `min`/`max`. -/

theorem o_double (n : Nat) : 2 * n = n + n := by omega
theorem o_sub_add (a b : Nat) (h : b ≤ a) : a - b + b = a := by omega
theorem o_trunc_sub (a b : Nat) (h : a < b) : a - b = 0 := by omega
theorem o_chain (a b c : Nat) (h₁ : a < b) (h₂ : b < c) : a + 2 ≤ c := by omega
theorem o_ne (x : Nat) (h : x > 5) : x ≠ 3 := by omega
theorem o_pos_ne (n : Nat) (h : n > 0) : n ≠ 0 := by omega
theorem o_exists_pred (n : Nat) (h : n ≠ 0) : ∃ m, n = m + 1 := ⟨n - 1, by omega⟩
theorem o_mod (n : Nat) : n % 2 = 0 ∨ n % 2 = 1 := by omega
theorem o_div (n : Nat) : n / 2 ≤ n := by omega
theorem o_div_mul (n : Nat) (h : n % 3 = 0) : 3 * (n / 3) = n := by omega
theorem o_min_max (a b : Nat) : min a b ≤ max a b := by omega
theorem o_max_ge (a b : Nat) : max a b ≥ a := by omega
theorem o_iff (a b : Nat) : a < b + 1 ↔ a ≤ b := by omega
theorem o_and_hyp (a b : Nat) (h : a ≤ b ∧ b ≤ a) : a = b := by omega
theorem o_or_hyp (a : Nat) (h : a = 1 ∨ a = 2) : a < 3 := by omega
theorem o_not_hyp (a b : Nat) (h : ¬a < b) : b ≤ a := by omega
theorem o_neg_goal (a : Nat) : ¬(a + 1 = 0) := by omega
theorem o_false_hyp (a : Nat) (h : a + 1 = 0) : False := by omega
theorem o_succ_inj (n m : Nat) (h : n + 1 = m + 1) : n = m := by omega
theorem o_comm3 (n m k : Nat) : n + m + k = k + m + n := by omega
theorem o_ite (a b : Nat) : (if a ≤ b then b else a) ≥ a := by split <;> omega
theorem o_int (x y : Int) (h : x < y) : x + 1 ≤ y := by omega
theorem o_int_neg (x : Int) (h : 0 ≤ x) : -x ≤ x := by omega
theorem o_int_cast (n : Nat) : (n : Int) ≥ 0 := by omega
theorem o_dvd (n : Nat) (h : 4 ∣ n) : 2 ∣ n := by omega
theorem o_after_intro : ∀ a b : Nat, a ≤ b → a < b + 1 := by
  intro a b h
  omega
theorem o_in_induction (n : Nat) : 2 * n + 1 > n := by
  induction n with
  | zero => omega
  | succ n ih => omega

/-! Lean 3 syntax and tactics that Lean 4 does not have: they must fail, not be silently accepted. -/

-- expect: unknown tactic
theorem lean3_cases_with (p q : Prop) (h : p ∧ q) : q ∧ p := by
  cases h with hp hq
  exact ⟨hq, hp⟩
-- expect: unknown tactic
theorem lean3_induction_with (n : Nat) : 0 + n = n := by
  induction n with n ih
  · rfl
  · simp
-- expect: unknown tactic
theorem lean3_assume (p : Prop) : p → p := by
  assume h
  exact h
-- expect: Tactic `split` failed
theorem lean3_split (p q : Prop) (hp : p) (hq : q) : p ∧ q := by
  split
  exact hp
  exact hq
-- expect: unknown tactic
theorem lean3_existsi : ∃ n : Nat, n = 0 := by
  existsi 0
  rfl
-- expect: unknown tactic
theorem lean3_norm_num : 2 + 2 = 4 := by norm_num
-- expect: unknown tactic
theorem lean3_linarith (a b : Nat) (h : a < b) : a ≤ b := by linarith

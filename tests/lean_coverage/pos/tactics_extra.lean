/-! Tactics beyond the required list that real Lean 4.35 users reach for; each works here too. -/

theorem x_rwa (a b : Nat) (h₁ : a = b) (h₂ : b = 3) : a = 3 := by rwa [h₁]
theorem x_rwa_at (a b : Nat) (h₁ : a = b) (h₂ : a = 3) : b = 3 := by rwa [h₁] at h₂
theorem x_iterate (p : Prop) (hp : p) : p ∧ p ∧ p := by
  refine ⟨?_, ?_, ?_⟩
  iterate 3 exact hp
theorem x_repeat' (p : Prop) (hp : p) : p ∧ p ∧ p := by
  repeat' constructor
  all_goals exact hp
theorem x_classical (p : Prop) (hp : p) : p := by
  classical
  exact hp
theorem x_have' (p q : Prop) (hp : p) (hq : q) : p ∧ q := by
  have' h : p := hp
  exact ⟨h, hq⟩
theorem x_tactic_if (n : Nat) : n = n := by
  if h : n = 0 then rfl else rfl
theorem x_solve_by_elim (p q : Prop) (hp : p) (hq : q) : p ∧ q := by solve_by_elim
theorem x_guard (n : Nat) (h : n = 0) : n = 0 := by
  guard_hyp h : n = 0
  guard_target = n = 0
  exact h
theorem x_rfl' (a : Nat) : a = a := by rfl'
theorem x_exact? (a b : Nat) (h : a ≤ b) : a ≤ b := by exact?
theorem x_decide_ball : ∀ x < 5, x * x < 25 := by decide
theorem x_decide_bex : ∃ x < 5, x * x = 9 := by decide
theorem x_strong_rec (n : Nat) : 0 + n = n := by
  induction n using Nat.strongRecOn with
  | ind n ih => simp
theorem x_le_induction (n : Nat) (h : 2 ≤ n) : 2 ≤ n * n := by
  induction n, h using Nat.le_induction with
  | base => decide
  | succ n hn ih => rw [Nat.succ_mul]; omega
theorem x_two_step (n : Nat) : n % 2 = 0 ∨ n % 2 = 1 := by
  induction n using Nat.twoStepInduction with
  | zero => simp
  | one => simp
  | more n ih1 ih2 => omega
theorem x_by_cases_decide (n : Nat) : n ≤ 3 ∨ n > 3 := by
  by_cases h : n ≤ 3
  · exact Or.inl h
  · exact Or.inr (Nat.lt_of_not_le h)
theorem x_subst_vars (a b : Nat) (h : a = b) (h' : b = 2) : a = 2 := by
  subst_vars
  rfl
theorem x_split_match (xs : List Nat) : (match xs with | [] => 0 | _ :: _ => 1) ≤ 1 := by
  split <;> decide
theorem x_nofun : ∀ x : Empty, x = x := nofun
theorem x_exists_intro_pattern (h : ∃ n : Nat, n > 3 ∧ n < 5) : True := by
  have ⟨_, _, _⟩ := h
  trivial

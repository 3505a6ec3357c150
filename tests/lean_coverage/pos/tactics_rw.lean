/-! `rw`/`rewrite` (with `←`, `at h`, `at h ⊢`, `at *`, several rules), `rfl`, `assumption`. -/

theorem rw_two_rules (a b c : Nat) (h₁ : a = b) (h₂ : b = c) : a = c := by
  rw [h₁, h₂]
theorem rw_then_exact (a b c : Nat) (h₁ : a = b) (h₂ : b = c) : a = c := by
  rw [h₁]; exact h₂
theorem rw_backwards (a b c : Nat) (h₁ : a = b) (h₂ : a = c) : b = c := by
  rw [← h₁]; exact h₂
theorem rw_backwards_ascii (a b c : Nat) (h₁ : a = b) (h₂ : a = c) : b = c := by
  rw [<- h₁]; exact h₂
theorem rw_at_hyp (a b c : Nat) (h₁ : a = b) (h₂ : a = c) : b = c := by
  rw [h₁] at h₂; exact h₂
theorem rw_at_two_hyps (a b c : Nat) (h₁ : a = b) (h₂ : a = c) (h₃ : a = 0) : b = c ∧ b = 0 := by
  rw [h₁] at h₂ h₃
  exact ⟨h₂, h₃⟩
theorem rw_at_hyp_and_goal (a : Nat) (h₂ : a + 0 = 3) : a + 0 = 3 := by
  rw [Nat.add_zero] at h₂ ⊢
  exact h₂
theorem rw_at_star (a b : Nat) (h₁ : a = b) (h₂ : b = 3) : a = 3 := by
  rw [← h₂] at *
  exact h₁
theorem rw_rewrite (a b : Nat) (h₁ : a = b) (h₂ : a = 3) : b = 3 := by
  rewrite [← h₁]
  exact h₂
theorem rw_rewrite_at (a b : Nat) (h₁ : a = b) (h₂ : a = 3) : b = 3 := by
  rewrite [h₁] at h₂
  exact h₂
theorem rw_forall_hyp (f : Nat → Nat) (h : ∀ x, f x = x) : f (f 2) = 2 := by
  rw [h, h]
theorem rw_lemma_args (a b : Nat) : a + b + 0 = b + a := by
  rw [Nat.add_zero, Nat.add_comm a b]
theorem rw_lemma_underscore (a b : Nat) : a * b = b * a := by
  rw [Nat.mul_comm]
theorem rw_iff (p q : Prop) (h : p ↔ q) (hp : p) : q := by
  rw [← h]; exact hp
theorem rw_iff_at (p q : Prop) (h : p ↔ q) (hp : p) : q := by
  rw [h] at hp; exact hp
theorem rw_closes_rfl (n : Nat) (h : n = 2) : n + n = 4 := by
  rw [h]
theorem rw_this (n : Nat) : 2 * (n + 1) = 2 * n + 2 := by
  have this : 2 * (n + 1) = 2 * n + 2 * 1 := Nat.mul_add 2 n 1
  rw [this]
theorem rw_congr_goal (f : Nat → Nat) (a b : Nat) (h : a = b) : f a = f b := by rw [h]
theorem rfl_nat (x : Nat) : x = x := by rfl
theorem rfl_defeq (n : Nat) : n + 0 = n := by rfl
theorem rfl_iff (p : Prop) : p ↔ p := by rfl
theorem rfl_exact (x : Nat) : x = x := by exact rfl
theorem assumption_basic (p q : Prop) (hq : q) (hp : p) : p := by assumption
theorem eq_refl_tactic (x : Nat) : x = x := by eq_refl
theorem apply_rfl_tactic (x : Nat) : x = x := by apply_rfl
theorem unfold_user_def (n : Nat) : (fun x => x + 1) n = n + 1 := by
  show n + 1 = n + 1
  rfl

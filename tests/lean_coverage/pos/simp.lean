/-! `simp`, `simp only [..]`, `simp [..] at h`, `simp at *`, `simp [*]`, `simp_all`, `simpa`, `dsimp`,
and the default simp set on Nat, logic, lists, Bool, Option, Prod. -/

theorem s_nat_units (a b : Nat) : a + 0 + b * 1 = a + b := by simp
theorem s_zero_add (a : Nat) : 0 + a = a := by simp
theorem s_mul_zero (a : Nat) : a * 0 = 0 := by simp
theorem s_sub_self (a : Nat) : a - a = 0 := by simp
theorem s_add_sub_cancel (a b : Nat) : a + b - b = a := by simp
theorem s_pow_zero (a : Nat) : a ^ 0 = 1 := by simp
theorem s_pow_one (a : Nat) : a ^ 1 = a := by simp
theorem s_div_one (a : Nat) : a / 1 = a := by simp
theorem s_succ_pos (a : Nat) : 0 < a + 1 := by simp
theorem s_succ_ne_zero (a : Nat) : a + 1 ≠ 0 := by simp
theorem s_succ_le_succ (a b : Nat) : a + 1 ≤ b + 1 ↔ a ≤ b := by simp
theorem s_succ_lt_succ (a b : Nat) : a + 1 < b + 1 ↔ a < b := by simp
theorem s_add_left_cancel (a b c : Nat) : a + b = a + c ↔ b = c := by simp
theorem s_add_eq_zero (a b : Nat) : a + b = 0 ↔ a = 0 ∧ b = 0 := by simp
theorem s_not_lt_zero (a : Nat) : ¬a < 0 := by simp
theorem s_le_zero (a : Nat) : a ≤ 0 ↔ a = 0 := by simp
theorem s_max_self (a : Nat) : max a a = a := by simp
theorem s_min_zero (a : Nat) : min a 0 = 0 := by simp
theorem s_le_refl (x : Nat) : x ≤ x := by simp
theorem s_le_succ (x : Nat) : x ≤ x + 1 := by simp
theorem s_lt_succ (x : Nat) : x < x + 1 := by simp
theorem s_rfl (x : Nat) : x = x := by simp

theorem s_hyps (p q : Prop) (hp : p) (hq : q) : p ∧ q := by simp [hp, hq]
theorem s_or_hyp (p q : Prop) (hp : p) : p ∨ q := by simp [hp]
theorem s_and_true (p : Prop) : p ∧ True ↔ p := by simp
theorem s_or_false (p : Prop) : p ∨ False ↔ p := by simp
theorem s_true_imp (p : Prop) : (True → p) ↔ p := by simp
theorem s_false_imp (p : Prop) : False → p := by simp
theorem s_not_not (p : Prop) : ¬¬p ↔ p := by simp
theorem s_not_and (p q : Prop) : ¬(p ∧ q) ↔ (p → ¬q) := by simp
theorem s_not_or (p q : Prop) : ¬(p ∨ q) ↔ ¬p ∧ ¬q := by simp
theorem s_iff_self (p : Prop) : p ↔ p := by simp
theorem s_exists_eq (x : Nat) (P : Nat → Prop) : (∃ y, y = x ∧ P y) ↔ P x := by simp
theorem s_forall_eq (x : Nat) (P : Nat → Prop) : (∀ y, y = x → P y) ↔ P x := by simp
theorem s_ne_self (a : Nat) (h : a ≠ a) : False := by simp at h

theorem s_hyp_fn (f : Nat → Nat) (h : ∀ x, f x = 2 * x) : f 3 = 6 := by simp [h]
theorem s_only_hyp_fn (f : Nat → Nat) (h : ∀ x, f x = 2 * x) : f 3 = 6 := by simp only [h]
theorem s_at_contra (f : Nat → Nat) (h : ∀ x, f x = 2 * x) (hf : f 3 = 7) : False := by simp [h] at hf
theorem s_two_eqs (a b : Nat) (h : a = b) (h₂ : b = 5) : a = 5 := by simp [h, h₂]
theorem s_only_two_eqs (a b : Nat) (h : a = b) (h₂ : b = 5) : a = 5 := by simp only [h, h₂]
theorem s_star (a b : Nat) (h : a = b) (h₂ : b = 5) : a = 5 := by simp [*]
theorem s_all (a b : Nat) (h : a = b) (h₂ : b = 5) : a = 5 := by simp_all
theorem s_at_star (a b : Nat) (h : a = b) (h₂ : b = 5) : a = 5 := by simp [h] at *; exact h₂
theorem s_at_hyp (a b : Nat) (h : a + 0 = b) : a = b := by simp at h; exact h
theorem s_only_at_hyp (a b : Nat) (h : a + 0 = b) : a = b := by simp only [Nat.add_zero] at h; exact h
theorem s_at_hyp_goal (a b : Nat) (h : a + 0 = b) : a + 0 = b + 0 := by simp at h ⊢; exact h
theorem s_simpa_using (a b : Nat) (h : a + 0 = b) : a = b := by simpa using h
theorem s_simpa_hyp (p q : Prop) (h : p ↔ q) (hp : p) : q := by simpa [h] using hp
theorem s_reverse_rule (p q : Prop) (h : p ↔ q) (hp : p) : q := by simp [← h]; exact hp
theorem s_rev_eq (a b : Nat) (h : b = a + 0) : a = b := by simp [h]
theorem s_only_rev (a b : Nat) (h : b = a + 0) : a = b := by simp only [h, Nat.add_zero]
theorem s_only_comm (n m k : Nat) : n + m + k = k + m + n := by
  simp only [Nat.add_comm, Nat.add_left_comm]
theorem s_mul_ac (n m k : Nat) : n * m * k = k * m * n := by
  simp [Nat.mul_comm, Nat.mul_left_comm]
theorem s_then_omega (xs ys : List Nat) : (xs ++ ys).length = ys.length + xs.length := by
  simp; omega
theorem s_split_ite (a b : Nat) : (if a ≤ b then a else b) ≤ b := by split <;> omega
theorem s_by_cases_ite (a b : Nat) : (if a ≤ b then a else b) ≤ b := by
  by_cases h : a ≤ b <;> simp [h] <;> omega
theorem s_dsimp_beta (n : Nat) : (fun x => x + 0) n = n := by dsimp
theorem s_dsimp_only_proj (a b : Nat) : (a, b).1 = a := by dsimp only
theorem s_eq_self_iff (a : Nat) : (a = a) ↔ True := by simp
theorem s_user_def (n : Nat) : id (n + 0) = n := by simp [id]
theorem s_string_length : "ab".length = 2 := by decide
theorem s_in_exists (x : Nat) (h : x > 5) : x ≠ 3 := by intro hx; subst hx; simp at h
theorem s_mem_map (f : Nat → Nat) (xs : List Nat) (x : Nat) (h : x ∈ xs) : f x ∈ xs.map f := by
  simp; exact ⟨x, h, rfl⟩
theorem s_all_bool (xs : List Nat) (h : ∀ x ∈ xs, x > 0) : xs.all (fun x => x > 0) = true := by
  simp; exact h
def s_double : Nat → Nat
  | 0 => 1
  | n + 1 => 2 * s_double n
theorem s_bang_unfolds : s_double 3 = 8 := by simp!
theorem s_bang_args (h : x = 2) : s_double x = 4 := by simp! [h]
theorem s_dsimp_bang : s_double 2 = 4 := by dsimp!
theorem s_simp_all_bang (h : s_double 1 = y) : y = 2 := by simp_all!

/-! Option and Prod: constructors, projections `.1 .2`, pattern matching, injectivity. -/

theorem some_isSome : (some 3).isSome = true := rfl
theorem none_isNone : (none : Option Nat).isNone = true := rfl
theorem some_map : (some 3).map (· + 1) = some 4 := rfl
theorem some_getD : (some 3).getD 0 = 3 := rfl
theorem none_getD : (none : Option Nat).getD 0 = 0 := rfl
theorem option_map_id_simp (x : Option Nat) : x.map id = x := by simp
theorem option_map_id_cases (x : Option Nat) : x.map id = x := by cases x <;> rfl
theorem some_isSome_simp (a : Nat) : (some a).isSome = true := by simp
theorem some_inj_injection (a b : Nat) (h : some a = some b) : a = b := by injection h
theorem some_inj_term (a b : Nat) (h : some a = some b) : a = b := Option.some.inj h
theorem some_inj_simpa (a b : Nat) (h : some a = some b) : a = b := by simpa using h
theorem some_ne_none_cases (a : Nat) (h : some a = none) : False := by cases h
theorem some_ne_none_simp (a : Nat) (h : some a = none) : False := by simp at h
theorem some_ne_none_decide : some 1 ≠ none := by decide
theorem option_ne_none (x : Option Nat) (h : x ≠ none) : ∃ a, x = some a := by
  cases x with
  | none => contradiction
  | some a => exact ⟨a, rfl⟩

theorem pair_fst : (1, 2).1 = 1 := rfl
theorem pair_snd : (1, 2).2 = 2 := rfl
theorem pair_fst_name : (1, 2).fst = 1 := rfl
theorem pair_eta (p : Nat × Nat) : (p.1, p.2) = p := rfl
theorem pair_eta_lemma (p : Nat × Nat) : (p.1, p.2) = p := Prod.mk.eta
theorem pair_swap_swap (p : Nat × Nat) : p.swap.swap = p := Prod.swap_swap p
theorem pair_fst_simp (a b : Nat) : (a, b).1 = a := by simp
theorem pair_eq_iff (a b c d : Nat) : (a, b) = (c, d) ↔ a = c ∧ b = d := by simp
theorem pair_inj_injection (a b c d : Nat) (h : (a, b) = (c, d)) : a = c := by injection h
theorem pair_inj_term (a b c d : Nat) (h : (a, b) = (c, d)) : a = c := (Prod.mk.inj h).1
theorem pair_inj_simp (a b c d : Nat) (h : (a, b) = (c, d)) : a = c := by simp at h; exact h.1
theorem pair_inj_cases (a b c d : Nat) (h : (a, b) = (c, d)) : a = c := by cases h; rfl
theorem pair_pattern_fun : (fun ((a, b) : Nat × Nat) => a + b) (1, 2) = 3 := rfl
theorem pair_anon_fun : (fun (⟨a, b⟩ : Nat × Nat) => a + b) (1, 2) = 3 := rfl
theorem pair_obtain (p : Nat × Nat) : p.1 + p.2 = p.2 + p.1 := by
  obtain ⟨a, b⟩ := p
  simp only
  omega
theorem pair_match (p : Nat × Nat) : p.1 + p.2 = p.2 + p.1 := by
  match p with
  | (a, b) => exact Nat.add_comm a b
theorem pair_decide : (1, 2) = (1, 2) := by decide
theorem pair_type_ascription : ((1, true) : Nat × Bool).2 = true := rfl

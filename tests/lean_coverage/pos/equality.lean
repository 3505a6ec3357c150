/-! Equality and disequality: `=`, `≠`, `Eq Ne`, `rfl`, `▸`, `congrArg`, `symm`/`trans`. -/

theorem eq_refl_term (x : Nat) : x = x := Eq.refl x
theorem eq_refl_hole (x : Nat) : x = x := Eq.refl _
theorem eq_rfl_term (x : Nat) : x = x := rfl
theorem eq_symm_dot (a b : Nat) (h : a = b) : b = a := h.symm
theorem eq_symm_fn (a b : Nat) (h : a = b) : b = a := Eq.symm h
theorem eq_trans_dot (a b c : Nat) (h₁ : a = b) (h₂ : b = c) : a = c := h₁.trans h₂
theorem eq_trans_fn (a b c : Nat) (h₁ : a = b) (h₂ : b = c) : a = c := Eq.trans h₁ h₂
theorem eq_subst_arrow (a b c : Nat) (h₁ : a = b) (h₂ : b = c) : a = c := h₁ ▸ h₂
theorem eq_subst_rfl (α : Type) (a b : α) (h : a = b) : b = a := h ▸ rfl
theorem eq_ascription (x y : Nat) (h : x = y) : y = x := (Eq.symm h : y = x)
theorem congr_arg_fn (f : Nat → Nat) (a b : Nat) (h : a = b) : f a = f b := congrArg f h
theorem congr_arg_lambda (a b : Nat) (h : a = b) : a + 1 = b + 1 := congrArg (fun x => x + 1) h
theorem congr_arg_cdot (a b : Nat) (h : a = b) : a + 1 = b + 1 := congrArg (· + 1) h
theorem congr_fun_term (f g : Nat → Nat) (h : f = g) (a : Nat) : f a = g a := congrFun h a
theorem congr_term (f : Nat → Nat) (a b : Nat) (h : a = b) : f a = f b := congr rfl h
theorem funext_term (f g : Nat → Nat) (h : ∀ x, f x = g x) : f = g := funext h
theorem closed_numeral_rfl : 2 + 2 = 4 := rfl
theorem closed_ascribed_rfl : (2 : Nat) * 3 = 6 := rfl
theorem beta_rfl : (fun x : Nat => x + 1) 2 = 3 := rfl

theorem ne_intro (a b : Nat) (h : a = b → False) : a ≠ b := h
theorem ne_symm_dot (a b : Nat) (h : a ≠ b) : b ≠ a := h.symm
theorem ne_symm_fn (a b : Nat) (h : a ≠ b) : b ≠ a := Ne.symm h
theorem ne_unfold (a b : Nat) (h : a ≠ b) : ¬(a = b) := h
theorem ne_apply (a b : Nat) (h : a ≠ b) (h' : a = b) : False := h h'
theorem ne_irrefl (a : Nat) (h : a ≠ a) : False := h rfl
theorem ne_absurd (a b : Nat) (h : a ≠ b) (h' : a = b) : False := absurd h' h
theorem ne_eq_unfold (a b : Nat) : (a ≠ b) = ¬(a = b) := ne_eq a b
theorem ne_numerals : (1 : Nat) ≠ 2 := by decide
theorem ne_succ_zero (n : Nat) : n + 1 ≠ 0 := Nat.succ_ne_zero n
theorem ne_ctor_nofun : (0 : Nat) ≠ 1 := nofun
theorem heq_refl_term (x : Nat) : HEq x x := HEq.rfl

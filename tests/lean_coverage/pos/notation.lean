/-! One case per notation of the supported list, so each is covered on its own:
`∀ ∃ → ↔ ∧ ∨ ¬ = ≠ < ≤ > ≥ + - * / %`, numerals, `fun`, `⟨..⟩`, `.1 .2`, dot notation, `[a, b]`, `::`,
`++`, `&&`, `||`, `!`, type ascriptions. -/

theorem n_forall : ∀ n : Nat, n = n := fun _ => rfl
theorem n_forall_binders : ∀ (a b : Nat), a + b = b + a := Nat.add_comm
theorem n_forall_pred : ∀ x < 3, x < 4 := fun _ h => Nat.lt_succ_of_lt h
theorem n_exists : ∃ n : Nat, n = 0 := ⟨0, rfl⟩
theorem n_exists_paren : ∃ (a b : Nat), a < b := ⟨0, 1, Nat.zero_lt_one⟩
theorem n_exists_pred : ∃ x > 0, x = 1 := ⟨1, Nat.zero_lt_one, rfl⟩
theorem n_arrow (p : Prop) : p → p := fun h => h
theorem n_arrow_ascii (p : Prop) : p -> p := id
theorem n_iff (p : Prop) : p ↔ p := Iff.rfl
theorem n_iff_ascii (p : Prop) : p <-> p := Iff.rfl
theorem n_and (p q : Prop) (hp : p) (hq : q) : p ∧ q := ⟨hp, hq⟩
theorem n_and_ascii (p q : Prop) (hp : p) (hq : q) : p /\ q := ⟨hp, hq⟩
theorem n_or (p q : Prop) (hp : p) : p ∨ q := .inl hp
theorem n_or_ascii (p q : Prop) (hp : p) : p \/ q := .inl hp
theorem n_not (p : Prop) (hp : p) : ¬¬p := fun h => h hp
theorem n_eq : (1 : Nat) = 1 := rfl
theorem n_ne : (1 : Nat) ≠ 2 := by decide
theorem n_lt : (1 : Nat) < 2 := by decide
theorem n_le : (1 : Nat) ≤ 1 := Nat.le_refl 1
theorem n_gt : (2 : Nat) > 1 := by decide
theorem n_ge : (2 : Nat) ≥ 2 := Nat.le_refl 2
theorem n_gt_unfolds (a b : Nat) (h : a > b) : b < a := h
theorem n_ge_unfolds (a b : Nat) (h : a ≥ b) : b ≤ a := h
theorem n_ops : (7 + 3 - 2) * 4 / 3 % 5 = 0 := by decide
theorem n_precedence : 2 + 3 * 4 = 14 := rfl
theorem n_numeral_big : 123456789 + 1 = 123456790 := rfl
theorem n_fun : (fun x : Nat => x * 2) 3 = 6 := rfl
theorem n_fun_typed : (fun (x y : Nat) => x + y) 1 2 = 3 := rfl
theorem n_fun_cdot : (· + 1) 2 = 3 := rfl
theorem n_fun_arrow_ascii : (fun x => x) 1 = 1 := rfl
theorem n_lambda : (λ x : Nat => x) 1 = 1 := rfl
theorem n_anon_ctor (p q : Prop) (hp : p) (hq : q) : p ∧ q := ⟨hp, hq⟩
theorem n_anon_exists : ∃ x : Nat, x = 2 := ⟨2, rfl⟩
theorem n_proj_1 (p q : Prop) (h : p ∧ q) : p := h.1
theorem n_proj_2 (p q : Prop) (h : p ∧ q) : q := h.2
theorem n_proj_pair : (3, 4).2 = 4 := rfl
theorem n_dot_length (xs : List Nat) : xs.length = List.length xs := rfl
theorem n_dot_chain (xs : List Nat) : xs.reverse.length = xs.length := by simp
theorem n_dot_nat (n : Nat) : n.succ = n + 1 := rfl
theorem n_list_lit : [1, 2] = 1 :: 2 :: [] := rfl
theorem n_list_empty : ([] : List Nat) = List.nil := rfl
theorem n_cons : (1 :: [2]).length = 2 := rfl
theorem n_append : [1] ++ [2] = [1, 2] := rfl
theorem n_band : (true && true) = true := rfl
theorem n_bor : (false || true) = true := rfl
theorem n_bnot : (!false) = true := rfl
theorem n_ascription_nat : (2 : Nat) + 2 = 4 := rfl
theorem n_ascription_term (h : 1 = 1) : (h : 1 = 1) = h := rfl
theorem n_ascription_list : ([] : List Bool).length = 0 := rfl
theorem n_true : True := trivial
theorem n_false_elim (h : False) : 1 = 2 := False.elim h
theorem n_not_unfolds (p : Prop) (h : ¬p) : p → False := h
theorem n_iff_intro (p q : Prop) (h₁ : p → q) (h₂ : q → p) : p ↔ q := ⟨h₁, h₂⟩
theorem n_exists_type : Exists (fun n : Nat => n = 0) := ⟨0, rfl⟩
theorem n_eq_type : Eq (1 : Nat) 1 := rfl
theorem n_ne_type : Ne (1 : Nat) 2 := by decide
theorem n_and_type (p : Prop) (hp : p) : And p p := And.intro hp hp
theorem n_or_type (p : Prop) (hp : p) : Or p p := Or.inr hp
theorem n_iff_type (p : Prop) : Iff p p := Iff.intro id id
theorem n_not_type (h : Not False) : True := trivial
theorem n_prod_type (p : Prod Nat Bool) : p = (p.1, p.2) := rfl
theorem n_option_type (x : Option Nat) : x.isSome = !x.isNone := by cases x <;> rfl
theorem n_bool_type (b : Bool) : b = true ∨ b = false := by cases b <;> simp
theorem n_list_type (xs : List Nat) : xs ++ [] = xs := List.append_nil xs

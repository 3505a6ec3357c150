/-! Propositional and first-order logic in term mode (Theorem Proving in Lean 4, ch. 3-4 style):
`∀ ∃ → ↔ ∧ ∨ ¬`, `True False And Or Not Iff Exists`, `fun`, `⟨..⟩`, `.1 .2`, `h.symm`. -/

section
variable (p q r : Prop)

theorem and_intro_term (hp : p) (hq : q) : p ∧ q := And.intro hp hq
theorem and_swap_anon (h : p ∧ q) : q ∧ p := ⟨h.2, h.1⟩
theorem and_swap_names (h : p ∧ q) : q ∧ p := ⟨h.right, h.left⟩
theorem and_swap_fns (h : p ∧ q) : q ∧ p := And.intro (And.right h) (And.left h)
theorem and_symm_dot (h : p ∧ q) : q ∧ p := h.symm
theorem and_nested (hp : p) (hq : q) : p ∧ q ∧ p := ⟨hp, hq, hp⟩
theorem and_nested_proj (h : p ∧ q ∧ r) : q := h.2.1
theorem and_imp_both (f : p → r) (g : q → r) (h : p ∧ q) : r ∧ r := h.imp f g

theorem or_intro_left (hp : p) : p ∨ q := Or.intro_left q hp
theorem or_inl (hp : p) : p ∨ q := Or.inl hp
theorem or_swap_elim (h : p ∨ q) : q ∨ p := Or.elim h (fun hp => Or.inr hp) (fun hq => Or.inl hq)
theorem or_swap_dot (h : p ∨ q) : q ∨ p := h.elim Or.inr Or.inl
theorem or_symm_dot (h : p ∨ q) : q ∨ p := h.symm
theorem or_resolve (h : p ∨ q) (hnp : ¬p) : q := h.resolve_left hnp
theorem or_imp_both (f : p → r) (g : q → r) (h : p ∨ q) : r ∨ r := h.imp f g

theorem not_modus_tollens (hpq : p → q) (hnq : ¬q) : ¬p := fun hp => hnq (hpq hp)
theorem absurd_term (hp : p) (hnp : ¬p) : q := absurd hp hnp
theorem false_elim_term (hnp : ¬p) (hp : p) : q := False.elim (hnp hp)
theorem false_elim_dot (h : False) : q := h.elim
theorem not_elim_dot (hnp : ¬p) (hp : p) : q := (hnp hp).elim
theorem not_and_self' : ¬(p ∧ ¬p) := fun ⟨hp, hnp⟩ => hnp hp
theorem not_iff_not_self : ¬(p ↔ ¬p) := fun h =>
  have hnp : ¬p := fun hp => h.mp hp hp
  hnp (h.mpr hnp)

theorem iff_intro_term : p ∧ q ↔ q ∧ p :=
  Iff.intro (fun h => ⟨h.2, h.1⟩) (fun h => ⟨h.2, h.1⟩)
theorem iff_anon_pattern : p ∧ q ↔ q ∧ p :=
  ⟨fun ⟨hp, hq⟩ => ⟨hq, hp⟩, fun ⟨hq, hp⟩ => ⟨hp, hq⟩⟩
theorem iff_mp_use (h : p ∧ q) : q ∧ p := (iff_anon_pattern p q).mp h
theorem iff_proj_use (h : p ∧ q) : q ∧ p := (iff_anon_pattern p q).1 h
theorem iff_symm_dot (h : p ↔ q) : q ↔ p := h.symm
theorem iff_trans_dot (h₁ : p ↔ q) (h₂ : q ↔ r) : p ↔ r := h₁.trans h₂
theorem iff_rfl_term : p ↔ p := Iff.rfl
theorem iff_refl_term : p ↔ p := Iff.refl p
theorem iff_mpr_use (h : p ↔ q) (hq : q) : p := h.mpr hq
theorem iff_propext_subst (h : p ↔ q) (hq : q) : p := (propext h) ▸ hq
theorem curry_iff : (p → q → r) ↔ (p ∧ q → r) :=
  ⟨fun h ⟨hp, hq⟩ => h hp hq, fun h hp hq => h ⟨hp, hq⟩⟩

theorem true_intro_term : True := trivial
theorem true_intro_ctor : True := True.intro
theorem false_nomatch (h : False) : p := nomatch h

theorem have_show_term (h : p ∧ q) : q ∧ p :=
  have hp : p := h.left
  have hq : q := h.right
  show q ∧ p from And.intro hq hp
theorem suffices_term (h : p ∧ q) : q ∧ p :=
  have hp : p := h.left
  suffices hq : q from And.intro hq hp
  show q from And.right h

theorem match_and (h : p ∧ q) : p :=
  match h with
  | ⟨hp, _⟩ => hp
theorem match_or (h : p ∨ q) : q ∨ p :=
  match h with
  | Or.inl hp => Or.inr hp
  | Or.inr hq => Or.inl hq
theorem match_or_dot (h : p ∨ q) : q ∨ p :=
  match h with
  | .inl hp => .inr hp
  | .inr hq => .inl hq
theorem let_pattern (h : p ∧ q ∧ r) : r := let ⟨_, _, hr⟩ := h; hr
theorem fun_pattern : p ∧ q → q := fun ⟨_, hq⟩ => hq
theorem fun_dot_proj : p ∧ q → q := (·.2)
theorem ctor_as_fun : p ∧ q → q := And.right
end

/-! Library lemmas about the connectives, under their real names. -/
theorem use_and_comm (p q : Prop) : p ∧ q ↔ q ∧ p := and_comm
theorem use_or_comm (p q : Prop) : p ∨ q ↔ q ∨ p := or_comm
theorem use_and_assoc (p q r : Prop) : (p ∧ q) ∧ r ↔ p ∧ (q ∧ r) := and_assoc
theorem use_or_assoc (p q r : Prop) : (p ∨ q) ∨ r ↔ p ∨ (q ∨ r) := or_assoc
theorem use_and_or_left (p q r : Prop) : p ∧ (q ∨ r) ↔ (p ∧ q) ∨ (p ∧ r) := and_or_left
theorem use_not_or (p q : Prop) : ¬(p ∨ q) ↔ ¬p ∧ ¬q := not_or
theorem use_or_false (p : Prop) : (p ∨ False) = p := or_false p
theorem use_and_true (p : Prop) : (p ∧ True) = p := and_true p
theorem use_not_not (p : Prop) : ¬¬p ↔ p := Classical.not_not
theorem use_decidable_em (p : Prop) [Decidable p] : p ∨ ¬p := Decidable.em p

/-! Quantifiers. -/
theorem forall_apply (P : Nat → Prop) (h : ∀ x, P x) : P 5 := h 5
theorem forall_and_split (P Q : Nat → Prop) (h : ∀ x, P x ∧ Q x) : ∀ x, Q x := fun x => (h x).2
theorem use_forall_and (P Q : Nat → Prop) : (∀ x, P x ∧ Q x) ↔ (∀ x, P x) ∧ (∀ x, Q x) := forall_and
theorem use_exists_or (P Q : Nat → Prop) : (∃ x, P x ∨ Q x) ↔ (∃ x, P x) ∨ (∃ x, Q x) := exists_or
theorem use_not_exists (P : Nat → Prop) : (¬∃ x, P x) ↔ ∀ x, ¬P x := not_exists
theorem use_not_forall (P : Nat → Prop) : (¬∀ x, P x) ↔ ∃ x, ¬P x := Classical.not_forall
theorem exists_anon : ∃ x : Nat, x + 2 = 5 := ⟨3, rfl⟩
theorem exists_intro_term : ∃ x : Nat, x + 2 = 5 := Exists.intro 3 rfl
theorem exists_two : ∃ x y : Nat, x + y = 5 := ⟨2, 3, rfl⟩
theorem exists_binder_pred : ∃ x > 3, x < 5 := ⟨4, by decide, by decide⟩
theorem exists_match (h : ∃ x : Nat, x > 0) : ∃ y : Nat, y > 0 :=
  match h with
  | ⟨x, hx⟩ => ⟨x, hx⟩
theorem exists_let (h : ∃ x : Nat, x > 0) : ∃ y : Nat, y > 0 :=
  let ⟨x, hx⟩ := h
  ⟨x, hx⟩
theorem exists_elim_term (h : ∃ x : Nat, x > 0) : ∃ y : Nat, y > 0 := Exists.elim h (fun x hx => ⟨x, hx⟩)
theorem forall_exists_swap (P : Nat → Nat → Prop) (h : ∃ x, ∀ y, P x y) : ∀ y, ∃ x, P x y :=
  fun y => let ⟨x, hx⟩ := h; ⟨x, hx y⟩

/-! Textbook propositional and first-order exercises (no classical logic needed). -/

variable (p q r : Prop)

theorem and_swap' : p ∧ q ↔ q ∧ p := by sorry

theorem or_assoc' : (p ∨ q) ∨ r ↔ p ∨ (q ∨ r) := by sorry

theorem and_or_distrib : p ∧ (q ∨ r) ↔ (p ∧ q) ∨ (p ∧ r) := by sorry

theorem curry' : (p → (q → r)) ↔ (p ∧ q → r) := by sorry

theorem not_or_iff : ¬(p ∨ q) ↔ ¬p ∧ ¬q := by sorry

theorem not_not_em : ¬¬(p ∨ ¬p) := by sorry

theorem forall_or_cases (α : Type) (A B : α → Prop) (h1 : ∀ x, A x ∨ B x)
    (h2 : ∀ x, A x → B x) : ∀ x, B x := by sorry

theorem exists_swap (α : Type) (P : α → α → Prop) : (∃ x y, P x y) → ∃ y x, P x y := by sorry

theorem forall_and' (α : Type) (A B : α → Prop) :
    (∀ x, A x ∧ B x) ↔ (∀ x, A x) ∧ (∀ x, B x) := by sorry

theorem exists_of_hyp (α : Type) (P Q : α → Prop) (a : α) (ha : P a)
    (h : ∀ x, P x → Q x) : ∃ x, Q x := by sorry

/-! Propositional and first-order exercises. -/

theorem imp_trans' (p q r : Prop) (hpq : p → q) (hqr : q → r) : p → r := by sorry

theorem and_imp_iff (p q r : Prop) : (p ∧ q → r) ↔ (p → q → r) := by sorry

theorem or_comm'' (p q : Prop) : p ∨ q ↔ q ∨ p := by sorry

theorem not_imp_not_of (p q : Prop) (h : p → q) : ¬q → ¬p := by sorry

theorem iff_trans' (p q r : Prop) (h1 : p ↔ q) (h2 : q ↔ r) : p ↔ r := by sorry

theorem exists_and_left' (α : Type) (P : α → Prop) (q : Prop) :
    (∃ x, q ∧ P x) → q ∧ ∃ x, P x := by sorry

theorem forall_imp' (α : Type) (P Q : α → Prop) (h : ∀ x, P x → Q x) (h2 : ∀ x, P x) :
    ∀ x, Q x := by sorry

theorem exists_or' (α : Type) (P Q : α → Prop) :
    (∃ x, P x ∨ Q x) → (∃ x, P x) ∨ (∃ x, Q x) := by sorry

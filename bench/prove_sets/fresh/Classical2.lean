/-! Classical reasoning. -/

open Classical

theorem not_imp_iff (p q : Prop) : ¬(p → q) → p ∧ ¬q := by sorry

theorem or_iff_not_imp (p q : Prop) : p ∨ q → (¬p → q) := by sorry

theorem by_contra_ex (p : Prop) (h : ¬p → False) : p := by sorry

theorem not_exists_forall (α : Type) (P : α → Prop) (h : ¬∃ x, P x) : ∀ x, ¬P x := by sorry

theorem imp_iff_not_or (p q : Prop) : (p → q) ↔ (¬p ∨ q) := by sorry

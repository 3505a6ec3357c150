/-! Classical exercises in a file that opens `Classical`. -/

open Classical

variable (p q r : Prop)

theorem em' : p ∨ ¬p := by sorry

theorem dne : ¬¬p → p := by sorry

theorem peirce : ((p → q) → p) → p := by sorry

theorem not_and_demorgan : ¬(p ∧ q) → ¬p ∨ ¬q := by sorry

theorem contrapositive_rev : (¬q → ¬p) → (p → q) := by sorry

theorem imp_or_not : (p → q) → ¬p ∨ q := by sorry

theorem not_forall_exists (α : Type) (P : α → Prop) : ¬(∀ x, P x) → ∃ x, ¬P x := by sorry

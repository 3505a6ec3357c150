import Logic.Iff

/-!
# Negation

`¬ p` is `p → False`. This file collects the constructive facts about negation:
contraposition, double negation introduction, and De Morgan's laws that hold
without classical reasoning.
-/

namespace Logic

variable {p q r : Prop}

theorem not_intro' (h : p → False) : ¬p := h

theorem absurd' (hp : p) (hnp : ¬p) : q := by
  exfalso
  exact hnp hp

theorem not_not_intro' (hp : p) : ¬¬p := by
  intro hnp
  exact hnp hp

/-- Contraposition, the constructive direction. -/
theorem contrapositive (hpq : p → q) : ¬q → ¬p := by
  intro hnq hp
  apply hnq
  exact hpq hp

theorem not_false' : ¬False := by
  intro h
  exact h

theorem triple_neg_elim (h : ¬¬¬p) : ¬p := by
  intro hp
  apply h
  exact not_not_intro' hp

theorem triple_neg_iff : ¬¬¬p ↔ ¬p := by
  constructor
  · exact triple_neg_elim
  · exact not_not_intro'

theorem not_and_self' : ¬(p ∧ ¬p) := by
  intro h
  obtain ⟨hp, hnp⟩ := h
  exact hnp hp

theorem not_iff_self' : ¬(p ↔ ¬p) := by sorry

theorem not_or_mp (h : ¬(p ∨ q)) : ¬p ∧ ¬q := by
  constructor
  · intro hp
    exact h (Or.inl hp)
  · intro hq
    exact h (Or.inr hq)

theorem not_or_mpr (h : ¬p ∧ ¬q) : ¬(p ∨ q) := by
  intro hpq
  cases hpq with
  | inl hp => exact h.1 hp
  | inr hq => exact h.2 hq

/-- De Morgan's law for disjunction holds constructively. -/
theorem not_or_iff' : ¬(p ∨ q) ↔ ¬p ∧ ¬q := ⟨not_or_mp, not_or_mpr⟩

theorem not_and_of_not_or_not (h : ¬p ∨ ¬q) : ¬(p ∧ q) := by
  intro hpq
  cases h with
  | inl hnp => exact hnp hpq.1
  | inr hnq => exact hnq hpq.2

theorem not_and_of_not_left (hnp : ¬p) : ¬(p ∧ q) :=
  not_and_of_not_or_not (Or.inl hnp)

theorem not_and_of_not_right (hnq : ¬q) : ¬(p ∧ q) :=
  not_and_of_not_or_not (Or.inr hnq)

theorem not_and_iff_imp_not : ¬(p ∧ q) ↔ (p → ¬q) := by
  constructor
  · intro h hp hq
    exact h ⟨hp, hq⟩
  · intro h hpq
    exact h hpq.1 hpq.2

theorem not_imp_not_of_imp (h : p → q) : ¬q → ¬p := contrapositive h

theorem not_congr' (h : p ↔ q) : ¬p ↔ ¬q := by
  constructor
  · exact contrapositive h.mpr
  · exact contrapositive h.mp

theorem not_not_em : ¬¬(p ∨ ¬p) := by
  intro h
  apply h
  right
  intro hp
  exact h (Or.inl hp)

theorem not_not_imp_not_not (h : p → q) : ¬¬p → ¬¬q := by
  apply contrapositive
  exact contrapositive h

theorem not_not_and (h : ¬¬(p ∧ q)) : ¬¬p ∧ ¬¬q := by sorry

theorem imp_not_comm' : (p → ¬q) ↔ (q → ¬p) := by
  constructor
  · intro h hq hp
    exact h hp hq
  · intro h hp hq
    exact h hq hp

theorem or_not_imp (h : p ∨ q) (hnp : ¬p) : q := by
  cases h with
  | inl hp => exact absurd' hp hnp
  | inr hq => exact hq

theorem or_not_imp_left (h : p ∨ q) (hnq : ¬q) : p := by sorry

theorem not_true_iff' : ¬True ↔ False := by
  constructor
  · intro h
    exact h trivial
  · intro h
    exact False.elim h

theorem not_false_iff' : ¬False ↔ True := by
  constructor
  · intro _
    trivial
  · intro _
    exact not_false'

theorem ne_of_not_iff {a b : Prop} (h : ¬(a ↔ b)) : a ≠ b := by
  intro hab
  apply h
  cases hab
  exact iff_refl'

end Logic

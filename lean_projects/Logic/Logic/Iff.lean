import Logic.Basic

/-!
# Logical equivalence

Equivalences between propositions: `↔` is an equivalence relation, and the
one-directional lemmas of `Logic.Basic` combine into the familiar laws of
commutativity, associativity and distributivity.
-/

namespace Logic

variable {p q r s : Prop}

theorem iff_refl' : p ↔ p := by
  constructor
  · exact imp_refl
  · exact imp_refl

theorem iff_symm' (h : p ↔ q) : q ↔ p := by
  constructor
  · exact h.mpr
  · exact h.mp

theorem iff_trans' (hpq : p ↔ q) (hqr : q ↔ r) : p ↔ r := by
  constructor
  · exact imp_trans hpq.mp hqr.mp
  · exact imp_trans hqr.mpr hpq.mpr

theorem iff_of_imps (hpq : p → q) (hqp : q → p) : p ↔ q := ⟨hpq, hqp⟩

theorem and_swap_iff : p ∧ q ↔ q ∧ p := ⟨and_swap, and_swap⟩

theorem or_swap_iff : p ∨ q ↔ q ∨ p := ⟨or_swap, or_swap⟩

theorem and_assoc_iff : (p ∧ q) ∧ r ↔ p ∧ (q ∧ r) := by
  constructor
  · exact and_assoc_mp
  · exact and_assoc_mpr

theorem or_assoc_iff : (p ∨ q) ∨ r ↔ p ∨ (q ∨ r) := by
  apply iff_of_imps
  · exact or_assoc_mp
  · exact or_assoc_mpr

theorem and_self_iff' : p ∧ p ↔ p := by
  constructor
  · intro h
    exact h.1
  · exact and_self_intro

theorem or_self_iff' : p ∨ p ↔ p := by
  constructor
  · exact or_self_elim
  · intro hp
    exact Or.inl hp

theorem and_true_iff' : p ∧ True ↔ p := by
  constructor
  · intro h
    exact h.1
  · intro hp
    exact ⟨hp, trivial⟩

theorem true_and_iff' : True ∧ p ↔ p := by
  rw [and_swap_iff]
  exact and_true_iff'

theorem or_false_iff' : p ∨ False ↔ p := by
  constructor
  · intro h
    cases h with
    | inl hp => exact hp
    | inr hf => exact False.elim hf
  · exact Or.inl

theorem false_or_iff' : False ∨ p ↔ p := by
  rw [or_swap_iff]
  exact or_false_iff'

theorem and_false_iff' : p ∧ False ↔ False := by
  constructor
  · intro h
    exact h.2
  · intro hf
    exact False.elim hf

theorem or_true_iff' : p ∨ True ↔ True := by
  constructor
  · intro _
    trivial
  · intro _
    exact Or.inr trivial

theorem curry_iff : (p ∧ q → r) ↔ (p → q → r) := by
  constructor
  · exact curry
  · exact uncurry

theorem imp_and_iff : (p → q ∧ r) ↔ (p → q) ∧ (p → r) := by
  constructor
  · exact imp_and_split
  · exact imp_and_join

theorem or_imp_iff : (p ∨ q → r) ↔ (p → r) ∧ (q → r) := by
  constructor
  · exact or_imp_split
  · intro h
    exact or_elim_imp h.1 h.2

theorem and_or_distrib_iff : p ∧ (q ∨ r) ↔ (p ∧ q) ∨ (p ∧ r) :=
  ⟨and_or_distrib_mp, and_or_distrib_mpr⟩

theorem or_and_distrib_iff : p ∨ (q ∧ r) ↔ (p ∨ q) ∧ (p ∨ r) :=
  ⟨or_and_distrib_mp, or_and_distrib_mpr⟩

theorem and_congr' (hpq : p ↔ q) (hrs : r ↔ s) : p ∧ r ↔ q ∧ s := by
  constructor
  · intro h
    exact ⟨hpq.mp h.1, hrs.mp h.2⟩
  · intro h
    exact ⟨hpq.mpr h.1, hrs.mpr h.2⟩

theorem or_congr' (hpq : p ↔ q) (hrs : r ↔ s) : p ∨ r ↔ q ∨ s := by
  constructor
  · exact or_map hpq.mp hrs.mp
  · exact or_map hpq.mpr hrs.mpr

theorem imp_congr' (hpq : p ↔ q) (hrs : r ↔ s) : (p → r) ↔ (q → s) := by sorry

theorem iff_of_true (hp : p) (hq : q) : p ↔ q := by
  constructor
  · intro _
    exact hq
  · intro _
    exact hp

theorem iff_true_intro' (hp : p) : p ↔ True := iff_of_true hp trivial

theorem and_left_comm' : p ∧ (q ∧ r) ↔ q ∧ (p ∧ r) := by
  constructor
  · intro h
    exact ⟨h.2.1, h.1, h.2.2⟩
  · intro h
    exact ⟨h.2.1, h.1, h.2.2⟩

theorem and_iff_left_of_imp (h : p → q) : p ∧ q ↔ p := by
  constructor
  · exact and_left_of
  · intro hp
    exact ⟨hp, h hp⟩

theorem or_iff_left_of_imp (h : q → p) : p ∨ q ↔ p := by sorry

theorem iff_comm' : (p ↔ q) ↔ (q ↔ p) := by
  constructor
  · exact iff_symm'
  · exact iff_symm'

theorem and_rotate' : p ∧ q ∧ r ↔ q ∧ r ∧ p := by
  apply iff_trans' and_left_comm'
  apply and_congr' iff_refl'
  exact and_swap_iff

theorem or_left_comm' : p ∨ (q ∨ r) ↔ q ∨ (p ∨ r) := by
  apply iff_trans' (iff_symm' or_assoc_iff)
  apply iff_trans' (or_congr' or_swap_iff iff_refl')
  exact or_assoc_iff

theorem and_true_true : True ∧ True := by simp

theorem and_self_simp (p : Prop) : (p ∧ p) ↔ p := by
  simp

theorem or_false_simp (p : Prop) : (p ∨ False) ↔ p := by
  simp only [or_false]

theorem iff_self_and_imp (h : p → q) : (p ∧ q ↔ p) ∧ (q ∨ p ↔ q) := by
  constructor
  · exact and_iff_left_of_imp h
  · constructor
    · intro hqp
      cases hqp with
      | inl hq => exact hq
      | inr hp => exact h hp
    · exact Or.inl

end Logic

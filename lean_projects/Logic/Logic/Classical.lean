import Logic.Quantifiers

/-!
# Classical reasoning

With the law of excluded middle (`Classical.em`) and proof by contradiction
(`Classical.byContradiction`) the remaining De Morgan laws, double negation
elimination and Peirce's law become provable.
-/

namespace Logic

open Classical

variable {α : Type} {P : α → Prop} {p q r : Prop}

theorem not_not_elim (h : ¬¬p) : p := by
  cases em p with
  | inl hp => exact hp
  | inr hnp => exact absurd' hnp h

theorem not_not_iff' : ¬¬p ↔ p := ⟨not_not_elim, not_not_intro'⟩

theorem by_contra' (h : ¬p → False) : p := byContradiction h

theorem or_not_self' (p : Prop) : p ∨ ¬p := em p

theorem not_and_mp (h : ¬(p ∧ q)) : ¬p ∨ ¬q := by
  cases em p with
  | inl hp =>
    right
    intro hq
    exact h ⟨hp, hq⟩
  | inr hnp =>
    left
    exact hnp

/-- De Morgan's law for conjunction needs excluded middle. -/
theorem not_and_iff_or_not' : ¬(p ∧ q) ↔ ¬p ∨ ¬q :=
  ⟨not_and_mp, not_and_of_not_or_not⟩

theorem imp_iff_not_or' : (p → q) ↔ ¬p ∨ q := by
  constructor
  · intro h
    cases em p with
    | inl hp => exact Or.inr (h hp)
    | inr hnp => exact Or.inl hnp
  · intro h hp
    exact or_not_imp h (not_not_intro' hp)

theorem contrapositive_iff : (¬q → ¬p) ↔ (p → q) := by
  constructor
  · intro h hp
    apply by_contra'
    intro hnq
    exact h hnq hp
  · exact contrapositive

theorem peirce (h : (p → q) → p) : p := by
  cases em p with
  | inl hp => exact hp
  | inr hnp =>
    apply h
    intro hp
    exact absurd' hp hnp

theorem not_imp_mp (h : ¬(p → q)) : p ∧ ¬q := by
  constructor
  · apply by_contra'
    intro hnp
    apply h
    intro hp
    exact absurd' hp hnp
  · intro hq
    apply h
    exact imp_const hq

theorem not_imp_iff' : ¬(p → q) ↔ p ∧ ¬q := by
  constructor
  · exact not_imp_mp
  · intro h hpq
    exact h.2 (hpq h.1)

theorem not_forall_mp (h : ¬∀ x, P x) : ∃ x, ¬P x := by
  apply by_contra'
  intro hne
  apply h
  intro x
  apply not_not_elim
  exact not_exists_mp hne x

theorem not_forall_iff' : (¬∀ x, P x) ↔ ∃ x, ¬P x :=
  ⟨not_forall_mp, exists_not_of_not_forall_not⟩

theorem iff_iff_and_or_not_and_not : (p ↔ q) ↔ (p ∧ q) ∨ (¬p ∧ ¬q) := by
  constructor
  · intro h
    cases em p with
    | inl hp => exact Or.inl ⟨hp, h.mp hp⟩
    | inr hnp => exact Or.inr ⟨hnp, contrapositive h.mpr hnp⟩
  · intro h
    rcases h with ⟨hp, hq⟩ | ⟨hnp, hnq⟩
    · exact iff_of_true hp hq
    · constructor
      · intro hp
        exact absurd' hp hnp
      · intro hq
        exact absurd' hq hnq

theorem or_iff_not_imp_left' : p ∨ q ↔ (¬p → q) := by
  constructor
  · intro h hnp
    exact or_not_imp h hnp
  · intro h
    cases em p with
    | inl hp => exact Or.inl hp
    | inr hnp => exact Or.inr (h hnp)

/-- The drinker paradox: in a nonempty pub there is someone such that, if they
drink, everybody drinks. -/
theorem drinker (a : α) : ∃ x, P x → ∀ y, P y := by sorry

theorem cases_on_prop (hpq : p → q) (hnpq : ¬p → q) : q := by
  cases em p with
  | inl hp => exact hpq hp
  | inr hnp => exact hnpq hnp

theorem imp_or_distrib (h : r → p ∨ q) : (r → p) ∨ (r → q) := by sorry

theorem or_iff_not_and_not' : p ∨ q ↔ ¬(¬p ∧ ¬q) := by
  constructor
  · intro h hn
    cases h with
    | inl hp => exact hn.1 hp
    | inr hq => exact hn.2 hq
  · intro h
    by_cases hp : p
    · exact Or.inl hp
    · by_cases hq : q
      · exact Or.inr hq
      · exact absurd ⟨hp, hq⟩ h

theorem and_iff_not_or_not' : p ∧ q ↔ ¬(¬p ∨ ¬q) := by
  constructor
  · intro h hn
    exact not_and_of_not_or_not hn h
  · intro h
    constructor
    · by_cases hp : p
      · exact hp
      · exact absurd (Or.inl hp) h
    · by_cases hq : q
      · exact hq
      · exact absurd (Or.inr hq) h

theorem exists_or_forall_not : (∃ x, P x) ∨ ∀ x, ¬P x := by
  by_cases h : ∃ x, P x
  · exact Or.inl h
  · exact Or.inr (not_exists_mp h)

theorem imp_of_not_imp_not (h : ¬q → ¬p) : p → q := by sorry

theorem xor_comm' : (p ∧ ¬q) ∨ (q ∧ ¬p) ↔ (q ∧ ¬p) ∨ (p ∧ ¬q) := or_swap_iff

end Logic

/-!
# Propositional logic: conjunction, disjunction and implication

The introduction and elimination rules of `∧`, `∨` and `→`, used to derive
commutativity, associativity, distributivity and currying. Later files of this
project restate many of these facts as equivalences.
-/

namespace Logic

variable {p q r s : Prop}

/-- Implication is reflexive. -/
theorem imp_refl : p → p := by
  intro hp
  exact hp

/-- Implications compose. -/
theorem imp_trans (hpq : p → q) (hqr : q → r) : p → r := by
  intro hp
  apply hqr
  apply hpq
  exact hp

theorem imp_const (hq : q) : p → q := fun _ => hq

theorem modus_ponens (hp : p) (hpq : p → q) : q := hpq hp

theorem imp_swap_args (h : p → q → r) : q → p → r := by sorry

theorem and_swap (h : p ∧ q) : q ∧ p := by
  obtain ⟨hp, hq⟩ := h
  exact ⟨hq, hp⟩

theorem and_left_of (h : p ∧ q) : p := h.1

theorem and_right_of (h : p ∧ q) : q := h.2

theorem and_assoc_mp (h : (p ∧ q) ∧ r) : p ∧ (q ∧ r) := by
  obtain ⟨⟨hp, hq⟩, hr⟩ := h
  constructor
  · exact hp
  · exact ⟨hq, hr⟩

theorem and_assoc_mpr (h : p ∧ (q ∧ r)) : (p ∧ q) ∧ r := by
  obtain ⟨hp, hq, hr⟩ := h
  exact ⟨⟨hp, hq⟩, hr⟩

theorem and_self_intro (hp : p) : p ∧ p := ⟨hp, hp⟩

theorem and_map (hpr : p → r) (hqs : q → s) (h : p ∧ q) : r ∧ s := by
  constructor
  · exact hpr h.1
  · exact hqs h.2

theorem or_swap (h : p ∨ q) : q ∨ p := by
  cases h with
  | inl hp => exact Or.inr hp
  | inr hq => exact Or.inl hq

theorem or_assoc_mp (h : (p ∨ q) ∨ r) : p ∨ (q ∨ r) := by
  rcases h with (hp | hq) | hr
  · left
    exact hp
  · right
    left
    exact hq
  · right
    right
    exact hr

theorem or_assoc_mpr (h : p ∨ (q ∨ r)) : (p ∨ q) ∨ r := by
  rcases h with hp | hq | hr
  · exact Or.inl (Or.inl hp)
  · exact Or.inl (Or.inr hq)
  · exact Or.inr hr

theorem or_self_elim (h : p ∨ p) : p := by
  cases h with
  | inl hp => exact hp
  | inr hp => exact hp

theorem or_map (hpr : p → r) (hqs : q → s) (h : p ∨ q) : r ∨ s := by
  cases h with
  | inl hp => exact Or.inl (hpr hp)
  | inr hq => exact Or.inr (hqs hq)

theorem or_elim_imp (hpr : p → r) (hqr : q → r) : p ∨ q → r := by
  intro h
  cases h with
  | inl hp => exact hpr hp
  | inr hq => exact hqr hq

/-- Currying: a function out of a conjunction is a function of two arguments. -/
theorem curry (h : p ∧ q → r) : p → q → r := by
  intro hp hq
  apply h
  exact ⟨hp, hq⟩

theorem uncurry (h : p → q → r) : p ∧ q → r := by
  intro hpq
  exact h hpq.1 hpq.2

theorem imp_and_split (h : p → q ∧ r) : (p → q) ∧ (p → r) := by
  constructor
  · intro hp
    exact (h hp).1
  · intro hp
    exact (h hp).2

theorem imp_and_join (h : (p → q) ∧ (p → r)) : p → q ∧ r := by
  intro hp
  exact ⟨h.1 hp, h.2 hp⟩

theorem or_imp_split (h : p ∨ q → r) : (p → r) ∧ (q → r) := by
  constructor
  · intro hp
    exact h (Or.inl hp)
  · intro hq
    exact h (Or.inr hq)

theorem and_or_distrib_mp (h : p ∧ (q ∨ r)) : (p ∧ q) ∨ (p ∧ r) := by
  obtain ⟨hp, hqr⟩ := h
  cases hqr with
  | inl hq => exact Or.inl ⟨hp, hq⟩
  | inr hr => exact Or.inr ⟨hp, hr⟩

theorem and_or_distrib_mpr (h : (p ∧ q) ∨ (p ∧ r)) : p ∧ (q ∨ r) := by
  rcases h with ⟨hp, hq⟩ | ⟨hp, hr⟩
  · exact ⟨hp, Or.inl hq⟩
  · exact ⟨hp, Or.inr hr⟩

theorem or_and_distrib_mp (h : p ∨ (q ∧ r)) : (p ∨ q) ∧ (p ∨ r) := by
  cases h with
  | inl hp => exact ⟨Or.inl hp, Or.inl hp⟩
  | inr hqr => exact ⟨Or.inr hqr.1, Or.inr hqr.2⟩

theorem or_and_distrib_mpr (h : (p ∨ q) ∧ (p ∨ r)) : p ∨ (q ∧ r) := by
  obtain ⟨hpq, hpr⟩ := h
  cases hpq with
  | inl hp => exact Or.inl hp
  | inr hq =>
    cases hpr with
    | inl hp => exact Or.inl hp
    | inr hr => exact Or.inr ⟨hq, hr⟩

theorem and_or_absorb (h : p ∧ (p ∨ q)) : p := h.1

theorem or_and_absorb (h : p ∨ (p ∧ q)) : p := by
  cases h with
  | inl hp => exact hp
  | inr hpq => exact hpq.1

theorem true_and_intro (hp : p) : True ∧ p := ⟨trivial, hp⟩

theorem false_or_elim (h : False ∨ p) : p := by
  cases h with
  | inl hf => exact False.elim hf
  | inr hp => exact hp

/-- Combining two implications with a common conclusion. -/
theorem or_imp_of_imps (hpr : p → r) (hqr : q → r) (h : p ∨ q) : r :=
  or_elim_imp hpr hqr h

theorem and_imp_and_left (hqr : q → r) : p ∧ q → p ∧ r := by
  intro h
  exact and_map imp_refl hqr h

theorem or_imp_or_right (hqr : q → r) : p ∨ q → p ∨ r := by sorry

end Logic

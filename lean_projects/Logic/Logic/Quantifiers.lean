import Logic.Negation

/-!
# Predicate logic

Lemmas about `∀` and `∃` over an arbitrary type `α`: how the quantifiers
commute with each other and with the connectives, and the constructive half of
the quantifier De Morgan laws.
-/

namespace Logic

variable {α β : Type} {P Q : α → Prop} {R : α → β → Prop} {r : Prop}

theorem forall_and_mp (h : ∀ x, P x ∧ Q x) : (∀ x, P x) ∧ (∀ x, Q x) := by
  constructor
  · intro x
    exact (h x).1
  · intro x
    exact (h x).2

theorem forall_and_mpr (h : (∀ x, P x) ∧ (∀ x, Q x)) : ∀ x, P x ∧ Q x := by
  intro x
  exact ⟨h.1 x, h.2 x⟩

theorem forall_and_iff' : (∀ x, P x ∧ Q x) ↔ (∀ x, P x) ∧ (∀ x, Q x) :=
  ⟨forall_and_mp, forall_and_mpr⟩

theorem forall_imp' (h : ∀ x, P x → Q x) (hP : ∀ x, P x) : ∀ x, Q x := by
  intro x
  apply h
  exact hP x

theorem forall_or_of_or (h : (∀ x, P x) ∨ (∀ x, Q x)) : ∀ x, P x ∨ Q x := by
  intro x
  cases h with
  | inl hP => exact Or.inl (hP x)
  | inr hQ => exact Or.inr (hQ x)

theorem exists_imp' (h : ∀ x, P x → Q x) (hP : ∃ x, P x) : ∃ x, Q x := by
  obtain ⟨x, hx⟩ := hP
  exact ⟨x, h x hx⟩

theorem exists_or_mp (h : ∃ x, P x ∨ Q x) : (∃ x, P x) ∨ (∃ x, Q x) := by
  obtain ⟨x, hx⟩ := h
  cases hx with
  | inl hp => exact Or.inl ⟨x, hp⟩
  | inr hq => exact Or.inr ⟨x, hq⟩

theorem exists_or_mpr (h : (∃ x, P x) ∨ (∃ x, Q x)) : ∃ x, P x ∨ Q x := by
  rcases h with ⟨x, hp⟩ | ⟨x, hq⟩
  · exact ⟨x, Or.inl hp⟩
  · exact ⟨x, Or.inr hq⟩

theorem exists_or_iff' : (∃ x, P x ∨ Q x) ↔ (∃ x, P x) ∨ (∃ x, Q x) :=
  ⟨exists_or_mp, exists_or_mpr⟩

theorem exists_and_split (h : ∃ x, P x ∧ Q x) : (∃ x, P x) ∧ (∃ x, Q x) := by
  obtain ⟨x, hp, hq⟩ := h
  exact ⟨⟨x, hp⟩, ⟨x, hq⟩⟩

theorem exists_and_const_right : (∃ x, P x ∧ r) ↔ (∃ x, P x) ∧ r := by
  constructor
  · intro h
    obtain ⟨x, hp, hr⟩ := h
    exact ⟨⟨x, hp⟩, hr⟩
  · intro h
    obtain ⟨⟨x, hp⟩, hr⟩ := h
    exact ⟨x, hp, hr⟩

theorem forall_const_imp : (∀ x, r → P x) ↔ (r → ∀ x, P x) := by
  constructor
  · intro h hr x
    exact h x hr
  · intro h x hr
    exact h hr x

theorem exists_imp_iff : ((∃ x, P x) → r) ↔ ∀ x, P x → r := by
  constructor
  · intro h x hx
    exact h ⟨x, hx⟩
  · intro h hex
    obtain ⟨x, hx⟩ := hex
    exact h x hx

theorem forall_swap' : (∀ x y, R x y) ↔ (∀ y x, R x y) := by
  constructor
  · intro h y x
    exact h x y
  · intro h x y
    exact h y x

theorem exists_swap' : (∃ x y, R x y) ↔ (∃ y x, R x y) := by
  constructor
  · intro h
    obtain ⟨x, y, hxy⟩ := h
    exact ⟨y, x, hxy⟩
  · intro h
    obtain ⟨y, x, hxy⟩ := h
    exact ⟨x, y, hxy⟩

/-- An existential over the first variable can be moved inside a universal. -/
theorem exists_forall_swap (h : ∃ x, ∀ y, R x y) : ∀ y, ∃ x, R x y := by sorry

theorem not_exists_mp (h : ¬∃ x, P x) : ∀ x, ¬P x := by
  intro x hx
  apply h
  exact ⟨x, hx⟩

theorem not_exists_mpr (h : ∀ x, ¬P x) : ¬∃ x, P x := by
  intro hex
  obtain ⟨x, hx⟩ := hex
  exact h x hx

theorem not_exists_iff' : (¬∃ x, P x) ↔ ∀ x, ¬P x :=
  ⟨not_exists_mp, not_exists_mpr⟩

theorem exists_not_of_not_forall_not (h : ∃ x, ¬P x) : ¬∀ x, P x := by
  intro hall
  obtain ⟨x, hx⟩ := h
  exact hx (hall x)

theorem forall_not_of_not_exists (h : ¬∃ x, P x) (x : α) : ¬P x :=
  not_exists_mp h x

theorem exists_eq' (a : α) : ∃ x, x = a := ⟨a, rfl⟩

theorem exists_eq_left_mp {a : α} (h : ∃ x, x = a ∧ P x) : P a := by
  obtain ⟨x, hxa, hx⟩ := h
  rw [← hxa]
  exact hx

theorem exists_eq_left_iff {a : α} : (∃ x, x = a ∧ P x) ↔ P a := by
  constructor
  · exact exists_eq_left_mp
  · intro ha
    exact ⟨a, rfl, ha⟩

theorem forall_eq_imp {a : α} : (∀ x, x = a → P x) ↔ P a := by
  constructor
  · intro h
    exact h a rfl
  · intro ha x hx
    rw [hx]
    exact ha

theorem forall_congr'' (h : ∀ x, P x ↔ Q x) : (∀ x, P x) ↔ (∀ x, Q x) := by
  constructor
  · intro hP x
    exact (h x).mp (hP x)
  · intro hQ x
    exact (h x).mpr (hQ x)

theorem exists_congr'' (h : ∀ x, P x ↔ Q x) : (∃ x, P x) ↔ (∃ x, Q x) := by
  constructor
  · exact exists_imp' (fun x => (h x).mp)
  · exact exists_imp' (fun x => (h x).mpr)

theorem forall_of_forall_forall (h : ∀ x y, R x y) (a : α) (b : β) : R a b := h a b

theorem exists_of_exists_unique {a : α} (ha : P a) (_huniq : ∀ y, P y → y = a) :
    ∃ x, P x := ⟨a, ha⟩

theorem unique_eq {a b : α} (huniq : ∀ y, P y → y = a) (hb : P b) : b = a :=
  huniq b hb

theorem two_witnesses_eq {a b c : α} (huniq : ∀ y, P y → y = c) (ha : P a) (hb : P b) :
    a = b := by sorry

end Logic

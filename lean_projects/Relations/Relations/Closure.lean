import Relations.Basic

/-!
# Closures

The reflexive-transitive closure `Star r` of a relation (zero or more steps)
and its transitive closure `Plus r` (one or more steps), with their closure
properties.
-/

namespace Relations

variable {α : Type}

/-- Zero or more `r` steps. -/
inductive Star (r : Rel α) : Rel α
  | refl (a : α) : Star r a a
  | step {a b c : α} : r a b → Star r b c → Star r a c

/-- One or more `r` steps. -/
inductive Plus (r : Rel α) : Rel α
  | single {a b : α} : r a b → Plus r a b
  | step {a b c : α} : r a b → Plus r b c → Plus r a c

namespace Star

variable {r s : Rel α}

theorem single {a b : α} (h : r a b) : Star r a b := Star.step h (Star.refl b)

theorem trans {a b c : α} (h₁ : Star r a b) (h₂ : Star r b c) : Star r a c := by
  induction h₁ with
  | refl => exact h₂
  | step hab _ ih => exact Star.step hab (ih h₂)

theorem reflexive : Reflexive (Star r) := Star.refl

theorem transitive : Transitive (Star r) := fun _ _ _ h₁ h₂ => trans h₁ h₂

theorem sub_star : Sub r (Star r) := fun _ _ h => single h

theorem tail {a b c : α} (h₁ : Star r a b) (h₂ : r b c) : Star r a c := trans h₁ (single h₂)

theorem mono (h : Sub r s) {a b : α} (hab : Star r a b) : Star s a b := by
  induction hab with
  | refl => exact Star.refl _
  | step hxy _ ih => exact Star.step (h _ _ hxy) ih

theorem star_star {a b : α} (h : Star (Star r) a b) : Star r a b := by sorry

theorem minimal {t : Rel α} (hr : Sub r t) (hrefl : Reflexive t) (htrans : Transitive t) {a b : α}
    (h : Star r a b) : t a b := by
  induction h with
  | refl x => exact hrefl x
  | step hxy _ ih => exact htrans _ _ _ (hr _ _ hxy) ih

theorem symmetric (hs : Symmetric r) : Symmetric (Star r) := by
  intro a b h
  induction h with
  | refl x => exact Star.refl x
  | step hxy _ ih => exact tail ih (hs _ _ hxy)

theorem of_equiv (h : Equiv r) {a b : α} (hab : Star r a b) : r a b :=
  minimal (sub_refl r) h.refl h.trans hab

theorem star_equiv (hs : Symmetric r) : Equiv (Star r) := ⟨reflexive, symmetric hs, transitive⟩

end Star

namespace Plus

variable {r : Rel α}

theorem to_star {a b : α} (h : Plus r a b) : Star r a b := by
  induction h with
  | single hab => exact Star.single hab
  | step hab _ ih => exact Star.step hab ih

theorem trans {a b c : α} (h₁ : Plus r a b) (h₂ : Plus r b c) : Plus r a c := by
  induction h₁ with
  | single hab => exact Plus.step hab h₂
  | step hab _ ih => exact Plus.step hab (ih h₂)

theorem transitive : Transitive (Plus r) := fun _ _ _ h₁ h₂ => trans h₁ h₂

theorem of_star_step {a b c : α} (h₁ : Star r a b) (h₂ : r b c) : Plus r a c := by sorry

theorem of_transitive (h : Transitive r) {a b : α} (hab : Plus r a b) : r a b := by
  induction hab with
  | single h₁ => exact h₁
  | step hxy _ ih => exact h _ _ _ hxy ih

end Plus

/-- One step up on the naturals. -/
def succRel : Rel Nat := fun a b => b = a + 1

theorem star_succRel_le {a b : Nat} (h : Star succRel a b) : a ≤ b := by
  induction h with
  | refl => exact Nat.le_refl _
  | step hab _ ih =>
    unfold succRel at hab
    omega

theorem star_succRel_of_le {a b : Nat} (h : a ≤ b) : Star succRel a b := by sorry

theorem plus_succRel_lt {a b : Nat} (h : Plus succRel a b) : a < b := by
  induction h with
  | single hab =>
    unfold succRel at hab
    omega
  | step hab _ ih =>
    unfold succRel at hab
    omega

end Relations

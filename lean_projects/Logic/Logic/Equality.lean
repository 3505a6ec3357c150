import Logic.Basic

/-!
# Equality

Equality as a logical connective: symmetry, transitivity, congruence and
substitution, and the basic facts about `≠`.
-/

namespace Logic

variable {α β γ : Type}

theorem eq_symm' {a b : α} (h : a = b) : b = a := by
  rw [h]

theorem eq_trans' {a b c : α} (hab : a = b) (hbc : b = c) : a = c := by
  rw [hab]
  exact hbc

theorem eq_comm' {a b : α} : a = b ↔ b = a := by
  constructor
  · exact eq_symm'
  · exact eq_symm'

theorem congr_arg' (f : α → β) {a b : α} (h : a = b) : f a = f b := by
  rw [h]

theorem congr_fun' {f g : α → β} (h : f = g) (a : α) : f a = g a := by
  rw [h]

theorem congr_both {f g : α → β} {a b : α} (hfg : f = g) (hab : a = b) : f a = g b := by
  rw [hfg, hab]

theorem eq_of_eq_of_eq {a b c : α} (hac : a = c) (hbc : b = c) : a = b := by
  rw [hac, hbc]

theorem comp_apply' (f : β → γ) (g : α → β) (a : α) : (fun x => f (g x)) a = f (g a) := rfl

theorem eq_rec_subst {P : α → Prop} {a b : α} (h : a = b) (ha : P a) : P b := by
  rw [← h]
  exact ha

theorem ne_symm' {a b : α} (h : a ≠ b) : b ≠ a := by
  intro hba
  apply h
  exact eq_symm' hba

theorem ne_comm' {a b : α} : a ≠ b ↔ b ≠ a := ⟨ne_symm', ne_symm'⟩

theorem ne_of_apply_ne (f : α → β) {a b : α} (h : f a ≠ f b) : a ≠ b := by
  intro hab
  apply h
  exact congr_arg' f hab

theorem ne_of_eq_of_ne {a b c : α} (hab : a = b) (hbc : b ≠ c) : a ≠ c := by
  rw [hab]
  exact hbc

theorem ne_of_ne_of_eq {a b c : α} (hab : a ≠ b) (hbc : b = c) : a ≠ c := by sorry

theorem eq_true_of_self {a : α} : (a = a) ↔ True := by
  constructor
  · intro _
    trivial
  · intro _
    rfl

theorem function_eq_apply {f g : α → β} (h : ∀ x, f x = g x) (a b : α) (hab : a = b) :
    f a = g b := by sorry

theorem pair_eq {a b : α} {c d : β} (hac : a = b) (hbd : c = d) : (a, c) = (b, d) := by
  rw [hac, hbd]

theorem fst_eq_of_pair_eq {a b : α} {c d : β} (h : (a, c) = (b, d)) : a = b :=
  congr_arg' Prod.fst h

theorem snd_eq_of_pair_eq {a b : α} {c d : β} (h : (a, c) = (b, d)) : c = d :=
  congr_arg' Prod.snd h

end Logic

/-
Logic, `Subtype` and `Fin` lemmas that ordinary Lean 4 files cite, under their real Lean 4 names and
statements (`And.imp_left`, `or_imp`, `and_or_right`, `not_and'`, `Subtype.ext`, `Fin.ext`, ...).
-/
prelude
import Init.PropLemmas
import Init.Ext

set_option linter.unusedVariables false

universe u v w

variable {a b c : Prop}

theorem And.imp_left (h : a → b) : a ∧ c → b ∧ c := fun ⟨ha, hc⟩ => ⟨h ha, hc⟩
theorem And.imp_right (h : a → b) : c ∧ a → c ∧ b := fun ⟨hc, ha⟩ => ⟨hc, h ha⟩

theorem and_self_iff : a ∧ a ↔ a := ⟨fun h => h.1, fun h => ⟨h, h⟩⟩
theorem or_self_iff : a ∨ a ↔ a := ⟨fun h => h.elim id id, Or.inl⟩

theorem and_or_right : (a ∨ b) ∧ c ↔ a ∧ c ∨ b ∧ c :=
  ⟨fun ⟨hab, hc⟩ => hab.elim (fun ha => Or.inl ⟨ha, hc⟩) (fun hb => Or.inr ⟨hb, hc⟩),
   fun h => h.elim (fun ⟨ha, hc⟩ => ⟨Or.inl ha, hc⟩) (fun ⟨hb, hc⟩ => ⟨Or.inr hb, hc⟩)⟩

theorem or_and_left : a ∨ (b ∧ c) ↔ (a ∨ b) ∧ (a ∨ c) :=
  ⟨fun h => h.elim (fun ha => ⟨Or.inl ha, Or.inl ha⟩) (fun ⟨hb, hc⟩ => ⟨Or.inr hb, Or.inr hc⟩),
   fun ⟨hab, hac⟩ => hab.elim Or.inl (fun hb => hac.elim Or.inl (fun hc => Or.inr ⟨hb, hc⟩))⟩

theorem or_imp : (a ∨ b → c) ↔ (a → c) ∧ (b → c) :=
  ⟨fun h => ⟨fun ha => h (Or.inl ha), fun hb => h (Or.inr hb)⟩, fun ⟨f, g⟩ h => h.elim f g⟩

theorem not_and' : ¬(a ∧ b) ↔ (b → ¬a) :=
  ⟨fun h hb ha => h ⟨ha, hb⟩, fun h ⟨ha, hb⟩ => h hb ha⟩

theorem and_iff_left_of_imp (h : a → b) : (a ∧ b) ↔ a := ⟨fun h' => h'.1, fun ha => ⟨ha, h ha⟩⟩
theorem and_iff_right_of_imp (h : b → a) : (a ∧ b) ↔ b := ⟨fun h' => h'.2, fun hb => ⟨h hb, hb⟩⟩
theorem or_iff_left_of_imp (h : b → a) : (a ∨ b) ↔ a := ⟨fun h' => h'.elim id h, Or.inl⟩
theorem or_iff_right_of_imp (h : a → b) : (a ∨ b) ↔ b := ⟨fun h' => h'.elim h id, Or.inr⟩

theorem Decidable.not_imp_symm [Decidable a] (h : ¬a → b) (hb : ¬b) : a :=
  Decidable.byContradiction (fun ha => hb (h ha))

theorem Decidable.not_imp_not [Decidable a] : (¬a → ¬b) ↔ (b → a) :=
  ⟨fun h hb => Decidable.byContradiction (fun ha => h ha hb), fun h ha hb => ha (h hb)⟩

theorem not_imp_not : (¬a → ¬b) ↔ (b → a) :=
  ⟨fun h hb => Classical.byContradiction (fun ha => h ha hb), fun h ha hb => ha (h hb)⟩

/-! ## `Subtype`, `Fin` -/

protected theorem Subtype.ext {α : Sort u} {p : α → Prop} :
    ∀ {a1 a2 : {x // p x}}, (a1 : α) = (a2 : α) → a1 = a2 :=
  Subtype.eq

protected theorem Subtype.ext_iff {α : Sort u} {p : α → Prop} {a1 a2 : {x // p x}} :
    a1 = a2 ↔ (a1 : α) = (a2 : α) :=
  ⟨fun h => h ▸ rfl, Subtype.ext⟩

namespace Fin

/-- `@[ext]` also generates `Fin.ext_iff`. -/
@[ext] theorem ext {n : Nat} {a b : Fin n} (h : (a : Nat) = b) : a = b := by
  cases a; cases b; cases h; rfl

theorem val_inj {n : Nat} {a b : Fin n} : a.val = b.val ↔ a = b := ⟨ext, fun h => h ▸ rfl⟩

theorem is_lt {n : Nat} (a : Fin n) : (a : Nat) < n := a.isLt

theorem eta {n : Nat} (a : Fin n) (h : (a : Nat) < n) : (⟨a, h⟩ : Fin n) = a := rfl

@[simp] theorem val_mk {m n : Nat} (h : m < n) : (⟨m, h⟩ : Fin n).val = m := rfl

end Fin

/-! ## More propositional lemmas -/

/-- `flip f b a = f a b`. -/
@[inline] def flip {α : Sort u} {β : Sort v} {φ : Sort w} (f : α → β → φ) : β → α → φ :=
  fun b a => f a b

theorem not_or_intro (ha : ¬a) (hb : ¬b) : ¬(a ∨ b) := fun h => h.elim ha hb

theorem imp_and {α : Sort u} : (α → b ∧ c) ↔ (α → b) ∧ (α → c) :=
  ⟨fun h => ⟨fun x => (h x).1, fun x => (h x).2⟩, fun ⟨f, g⟩ x => ⟨f x, g x⟩⟩

theorem eq_self_iff_true {α : Sort u} (x : α) : x = x ↔ True := ⟨fun _ => trivial, fun _ => rfl⟩

theorem Decidable.imp_iff_not_or [Decidable a] : (a → b) ↔ (¬a ∨ b) :=
  ⟨fun h => if ha : a then Or.inr (h ha) else Or.inl ha, fun h ha => h.elim (fun hn => absurd ha hn) id⟩

theorem Decidable.not_and_iff_or_not_not [Decidable a] : ¬(a ∧ b) ↔ ¬a ∨ ¬b :=
  ⟨fun h => if ha : a then Or.inr (fun hb => h ⟨ha, hb⟩) else Or.inl ha,
   fun h ⟨ha, hb⟩ => h.elim (fun hn => hn ha) (fun hn => hn hb)⟩

theorem apply_ite {α : Sort u} {β : Sort v} (f : α → β) (P : Prop) [Decidable P] (x y : α) :
    f (ite P x y) = ite P (f x) (f y) := by
  by_cases h : P
  · rw [if_pos h, if_pos h]
  · rw [if_neg h, if_neg h]

theorem apply_dite {α : Sort u} {β : Sort v} (f : α → β) (P : Prop) [Decidable P] (x : P → α)
    (y : ¬P → α) : f (dite P x y) = dite P (fun h => f (x h)) (fun h => f (y h)) := by
  by_cases h : P
  · rw [dif_pos h, dif_pos h]
  · rw [dif_neg h, dif_neg h]

theorem exists_congr {α : Sort u} {p q : α → Prop} (h : ∀ a, p a ↔ q a) : (∃ a, p a) ↔ ∃ a, q a :=
  ⟨fun ⟨x, hx⟩ => ⟨x, (h x).1 hx⟩, fun ⟨x, hx⟩ => ⟨x, (h x).2 hx⟩⟩

theorem forall_congr' {α : Sort u} {p q : α → Prop} (h : ∀ a, p a ↔ q a) : (∀ a, p a) ↔ ∀ a, q a :=
  ⟨fun f x => (h x).1 (f x), fun f x => (h x).2 (f x)⟩

theorem true_imp_iff {α : Prop} : (True → α) ↔ α := ⟨fun h => h trivial, fun h _ => h⟩
theorem false_imp_iff (a : Prop) : (False → a) ↔ True := ⟨fun _ => trivial, fun _ h => h.elim⟩
theorem imp_true_iff (α : Sort u) : (α → True) ↔ True := ⟨fun _ => trivial, fun _ _ => trivial⟩

theorem Eq.congr_left {α : Sort u} {x y z : α} (h : x = y) : x = z ↔ y = z := by subst h; exact Iff.rfl
theorem Eq.congr_right {α : Sort u} {x y z : α} (h : y = z) : x = y ↔ x = z := by subst h; exact Iff.rfl

/-
leanagent core library: logic lemmas that the `omega` elaborator names when it pushes negations
and splits hypotheses (namespace `Lean.Omega`, as in real Lean 4.35).
-/
prelude
import Init.Classical

set_option linter.unusedVariables false

universe u

/-! Two root lemmas `omega` names whose real homes are `Init.PropLemmas` and `Init.Classical`;
they live here until those modules carry them (then delete these two). -/

theorem Decidable.not_or_of_imp {a b : Prop} [Decidable a] (h : a → b) : ¬a ∨ b :=
  if ha : a then Or.inr (h ha) else Or.inl ha

theorem Exists.choose_spec {α : Sort u} {p : α → Prop} (P : ∃ a, p a) : p (Classical.choose P) :=
  Classical.choose_spec P

namespace Lean.Omega

theorem and_not_not_of_not_or {p q : Prop} (h : ¬ (p ∨ q)) : ¬ p ∧ ¬ q :=
  ⟨fun hp => h (Or.inl hp), fun hq => h (Or.inr hq)⟩

theorem Decidable.or_not_not_of_not_and {p q : Prop} [Decidable p] [Decidable q]
    (h : ¬ (p ∧ q)) : ¬ p ∨ ¬ q :=
  if hp : p then Or.inr (fun hq => h ⟨hp, hq⟩) else Or.inl hp

theorem Decidable.and_or_not_and_not_of_iff {p q : Prop} [Decidable q] (h : p ↔ q) :
    (p ∧ q) ∨ (¬p ∧ ¬q) :=
  if hq : q then Or.inl ⟨h.2 hq, hq⟩ else Or.inr ⟨fun hp => hq (h.1 hp), hq⟩

theorem Decidable.not_iff_iff_and_not_or_not_and {a b : Prop} [Decidable a] [Decidable b] :
    (¬ (a ↔ b)) ↔ (a ∧ ¬ b) ∨ ((¬ a) ∧ b) :=
  ⟨fun e =>
    if ha : a then
      if hb : b then absurd ⟨fun _ => hb, fun _ => ha⟩ e else Or.inl ⟨ha, hb⟩
    else
      if hb : b then Or.inr ⟨ha, hb⟩
      else absurd ⟨fun x => absurd x ha, fun x => absurd x hb⟩ e,
   fun h e => match h with
    | Or.inl ⟨ha, nb⟩ => nb (e.1 ha)
    | Or.inr ⟨na, hb⟩ => na (e.2 hb)⟩

theorem Decidable.and_not_or_not_and_of_not_iff {a b : Prop} [Decidable a] [Decidable b]
    (h : ¬ (a ↔ b)) : a ∧ ¬b ∨ ¬a ∧ b :=
  Decidable.not_iff_iff_and_not_or_not_and.1 h

theorem Decidable.and_not_of_not_imp {a b : Prop} [Decidable a] (h : ¬(a → b)) : a ∧ ¬b :=
  if ha : a then ⟨ha, fun hb => h (fun _ => hb)⟩ else absurd (fun x => absurd x ha) h

theorem ite_disjunction {α : Type u} {P : Prop} [Decidable P] {a b : α} :
    (P ∧ (if P then a else b) = a) ∨ (¬ P ∧ (if P then a else b) = b) :=
  if h : P then Or.inl ⟨h, if_pos h⟩ else Or.inr ⟨h, if_neg h⟩

end Lean.Omega

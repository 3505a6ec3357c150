/-
Propositional and quantifier lemmas (real Lean 4 names and statements), many in the default simp
set, plus `Function` basics and `LawfulBEq`.
-/
prelude
import Init.Classical

set_option linter.unusedVariables false

universe u v w

variable {a b c d : Prop} {α : Sort u} {β : Sort v}

/-! ## Connectives -/

@[simp] theorem not_and : ¬(a ∧ b) ↔ (a → ¬b) :=
  ⟨fun h ha hb => h ⟨ha, hb⟩, fun h ⟨ha, hb⟩ => h ha hb⟩
@[simp] theorem not_or : ¬(a ∨ b) ↔ ¬a ∧ ¬b :=
  ⟨fun h => ⟨fun ha => h (.inl ha), fun hb => h (.inr hb)⟩, fun ⟨na, nb⟩ h => h.elim na nb⟩
@[simp] theorem and_imp : (a ∧ b → c) ↔ (a → b → c) :=
  ⟨fun h ha hb => h ⟨ha, hb⟩, fun h ⟨ha, hb⟩ => h ha hb⟩
@[simp] theorem imp_false : (a → False) ↔ ¬a := Iff.rfl
@[simp] theorem and_self_left : a ∧ (a ∧ b) ↔ a ∧ b := ⟨fun h => h.2, fun h => ⟨h.1, h⟩⟩
@[simp] theorem and_self_right : (a ∧ b) ∧ b ↔ a ∧ b := ⟨fun h => h.1, fun h => ⟨h, h.2⟩⟩
@[simp] theorem or_self_left : a ∨ (a ∨ b) ↔ a ∨ b :=
  ⟨fun h => h.elim .inl id, .inr⟩
@[simp] theorem or_self_right : (a ∨ b) ∨ b ↔ a ∨ b :=
  ⟨fun h => h.elim id .inr, .inl⟩
@[simp] theorem not_iff_self : ¬(¬a ↔ a) :=
  fun h => have na : ¬a := fun ha => h.2 ha ha; na (h.1 na)
@[simp] theorem iff_not_self : ¬(a ↔ ¬a) := fun h => not_iff_self h.symm
@[simp] theorem and_iff_left_iff_imp : ((a ∧ b) ↔ a) ↔ (a → b) :=
  ⟨fun h ha => (h.2 ha).2, fun h => ⟨fun h' => h'.1, fun ha => ⟨ha, h ha⟩⟩⟩
@[simp] theorem and_iff_right_iff_imp : ((a ∧ b) ↔ b) ↔ (b → a) :=
  ⟨fun h hb => (h.2 hb).1, fun h => ⟨fun h' => h'.2, fun hb => ⟨h hb, hb⟩⟩⟩
@[simp] theorem or_iff_left_iff_imp : ((a ∨ b) ↔ a) ↔ (b → a) :=
  ⟨fun h hb => h.1 (.inr hb), fun h => ⟨fun h' => h'.elim id h, .inl⟩⟩
@[simp] theorem or_iff_right_iff_imp : ((a ∨ b) ↔ b) ↔ (a → b) :=
  ⟨fun h ha => h.1 (.inl ha), fun h => ⟨fun h' => h'.elim h id, .inr⟩⟩
attribute [simp] eq_iff_iff
theorem iff_def : (a ↔ b) ↔ (a → b) ∧ (b → a) := ⟨fun h => ⟨h.1, h.2⟩, fun ⟨h₁, h₂⟩ => ⟨h₁, h₂⟩⟩
theorem iff_def' : (a ↔ b) ↔ (b → a) ∧ (a → b) := ⟨fun h => ⟨h.2, h.1⟩, fun ⟨h₁, h₂⟩ => ⟨h₂, h₁⟩⟩
theorem and_congr (h₁ : a ↔ c) (h₂ : b ↔ d) : a ∧ b ↔ c ∧ d := ⟨And.imp h₁.1 h₂.1, And.imp h₁.2 h₂.2⟩
theorem or_congr (h₁ : a ↔ c) (h₂ : b ↔ d) : (a ∨ b) ↔ (c ∨ d) := ⟨Or.imp h₁.1 h₂.1, Or.imp h₁.2 h₂.2⟩
theorem not_congr (h : a ↔ b) : ¬a ↔ ¬b := ⟨mt h.2, mt h.1⟩
theorem imp_congr (h₁ : a ↔ c) (h₂ : b ↔ d) : (a → b) ↔ (c → d) :=
  ⟨fun hab hc => h₂.1 (hab (h₁.2 hc)), fun hcd ha => h₂.2 (hcd (h₁.1 ha))⟩
theorem and_or_left : a ∧ (b ∨ c) ↔ (a ∧ b) ∨ (a ∧ c) :=
  ⟨fun ⟨ha, h⟩ => h.imp (⟨ha, ·⟩) (⟨ha, ·⟩), fun h => h.elim (fun ⟨ha, hb⟩ => ⟨ha, .inl hb⟩) (fun ⟨ha, hc⟩ => ⟨ha, .inr hc⟩)⟩
theorem or_and_right : (a ∨ b) ∧ c ↔ (a ∧ c) ∨ (b ∧ c) :=
  ⟨fun ⟨h, hc⟩ => h.imp (⟨·, hc⟩) (⟨·, hc⟩), fun h => h.elim (fun ⟨ha, hc⟩ => ⟨.inl ha, hc⟩) (fun ⟨hb, hc⟩ => ⟨.inr hb, hc⟩)⟩
theorem and_left_comm : a ∧ (b ∧ c) ↔ b ∧ (a ∧ c) :=
  ⟨fun ⟨ha, hb, hc⟩ => ⟨hb, ha, hc⟩, fun ⟨hb, ha, hc⟩ => ⟨ha, hb, hc⟩⟩
theorem or_left_comm : a ∨ (b ∨ c) ↔ b ∨ (a ∨ c) :=
  ⟨fun h => h.elim (fun ha => .inr (.inl ha)) (fun h => h.elim .inl (fun hc => .inr (.inr hc))),
   fun h => h.elim (fun hb => .inr (.inl hb)) (fun h => h.elim .inl (fun hc => .inr (.inr hc)))⟩
theorem not_not_of_not_imp : ¬(a → b) → ¬¬a := fun h na => h fun ha => absurd ha na
theorem Not.imp {a b : Prop} (H2 : ¬b) (H1 : a → b) : ¬a := mt H1 H2
theorem imp_not_comm : (a → ¬b) ↔ (b → ¬a) := ⟨fun h hb ha => h ha hb, fun h ha hb => h hb ha⟩
theorem iff_of_true (ha : a) (hb : b) : a ↔ b := ⟨fun _ => hb, fun _ => ha⟩
theorem iff_of_false (ha : ¬a) (hb : ¬b) : a ↔ b := ⟨fun h => absurd h ha, fun h => absurd h hb⟩
theorem iff_true_intro (h : a) : a ↔ True := iff_of_true h trivial
theorem iff_false_intro (h : ¬a) : a ↔ False := iff_of_false h id
theorem and_iff_left (hb : b) : a ∧ b ↔ a := ⟨And.left, fun ha => ⟨ha, hb⟩⟩
theorem and_iff_right (ha : a) : a ∧ b ↔ b := ⟨And.right, fun hb => ⟨ha, hb⟩⟩
theorem or_iff_left (hb : ¬b) : a ∨ b ↔ a := ⟨fun h => h.resolve_right hb, .inl⟩
theorem or_iff_right (ha : ¬a) : a ∨ b ↔ b := ⟨fun h => h.resolve_left ha, .inr⟩
theorem imp_iff_right (ha : a) : (a → b) ↔ b := ⟨fun f => f ha, fun hb _ => hb⟩
theorem Iff.not {a b : Prop} (h : a ↔ b) : ¬a ↔ ¬b := not_congr h

/-! ## Quantifiers -/

section quantifiers
variable {p q : α → Prop} {b : Prop}

@[simp] theorem not_exists : (¬∃ x, p x) ↔ ∀ x, ¬p x :=
  ⟨fun h x hx => h ⟨x, hx⟩, fun h ⟨x, hx⟩ => h x hx⟩
@[simp] theorem exists_prop {a b : Prop} : (∃ _h : a, b) ↔ a ∧ b :=
  ⟨fun ⟨ha, hb⟩ => ⟨ha, hb⟩, fun ⟨ha, hb⟩ => ⟨ha, hb⟩⟩
@[simp] theorem exists_eq {a' : α} : ∃ a, a = a' := ⟨a', rfl⟩
@[simp] theorem exists_eq' {a' : α} : ∃ a, a' = a := ⟨a', rfl⟩
@[simp] theorem exists_eq_left {a' : α} : (∃ a, a = a' ∧ p a) ↔ p a' :=
  ⟨fun ⟨_, e, h⟩ => e ▸ h, fun h => ⟨_, rfl, h⟩⟩
@[simp] theorem exists_eq_right {a' : α} : (∃ a, p a ∧ a = a') ↔ p a' :=
  ⟨fun ⟨_, h, e⟩ => e ▸ h, fun h => ⟨_, h, rfl⟩⟩
@[simp] theorem exists_eq_left' {a' : α} : (∃ a, a' = a ∧ p a) ↔ p a' :=
  ⟨fun ⟨_, e, h⟩ => e ▸ h, fun h => ⟨_, rfl, h⟩⟩
@[simp] theorem exists_eq_right' {a' : α} : (∃ a, p a ∧ a' = a) ↔ p a' :=
  ⟨fun ⟨_, h, e⟩ => e ▸ h, fun h => ⟨_, h, rfl⟩⟩
@[simp] theorem forall_eq {a' : α} : (∀ a, a = a' → p a) ↔ p a' :=
  ⟨fun h => h a' rfl, fun h _ e => e ▸ h⟩
@[simp] theorem forall_eq' {a' : α} : (∀ a, a' = a → p a) ↔ p a' :=
  ⟨fun h => h a' rfl, fun h _ e => e ▸ h⟩
@[simp] theorem forall_exists_index {q : (∃ x, p x) → Prop} :
    (∀ h, q h) ↔ ∀ x (h : p x), q ⟨x, h⟩ :=
  ⟨fun h x hx => h ⟨x, hx⟩, fun h ⟨x, hx⟩ => h x hx⟩
@[simp] theorem exists_and_left : (∃ x, b ∧ p x) ↔ b ∧ ∃ x, p x :=
  ⟨fun ⟨x, hb, hp⟩ => ⟨hb, x, hp⟩, fun ⟨hb, x, hp⟩ => ⟨x, hb, hp⟩⟩
@[simp] theorem exists_and_right : (∃ x, p x ∧ b) ↔ (∃ x, p x) ∧ b :=
  ⟨fun ⟨x, hp, hb⟩ => ⟨⟨x, hp⟩, hb⟩, fun ⟨⟨x, hp⟩, hb⟩ => ⟨x, hp, hb⟩⟩
@[simp] theorem exists_false : ¬(∃ _a : α, False) := fun ⟨_, h⟩ => h
@[simp] theorem forall_and : (∀ x, p x ∧ q x) ↔ (∀ x, p x) ∧ (∀ x, q x) :=
  ⟨fun h => ⟨fun x => (h x).1, fun x => (h x).2⟩, fun ⟨h₁, h₂⟩ x => ⟨h₁ x, h₂ x⟩⟩
theorem exists_or : (∃ x, p x ∨ q x) ↔ (∃ x, p x) ∨ ∃ x, q x :=
  ⟨fun ⟨x, h⟩ => h.imp (⟨x, ·⟩) (⟨x, ·⟩),
   fun h => h.elim (fun ⟨x, hp⟩ => ⟨x, .inl hp⟩) (fun ⟨x, hq⟩ => ⟨x, .inr hq⟩)⟩
theorem forall_comm {β : Sort v} {p : α → β → Prop} : (∀ a b, p a b) ↔ (∀ b a, p a b) :=
  ⟨fun h b a => h a b, fun h a b => h b a⟩
theorem exists_comm {β : Sort v} {p : α → β → Prop} : (∃ a b, p a b) ↔ (∃ b a, p a b) :=
  ⟨fun ⟨a, b, h⟩ => ⟨b, a, h⟩, fun ⟨b, a, h⟩ => ⟨a, b, h⟩⟩
theorem funext_iff {β : α → Sort v} {f g : (x : α) → β x} : f = g ↔ ∀ x, f x = g x :=
  ⟨fun h _ => h ▸ rfl, funext⟩
theorem Exists.imp {α : Sort u} {p q : α → Prop} (h : ∀ a, p a → q a) : (∃ a, p a) → ∃ a, q a
  | ⟨a, hp⟩ => ⟨a, h a hp⟩
theorem forall_imp {α : Sort u} {p q : α → Prop} (h : ∀ a, p a → q a) : (∀ a, p a) → ∀ a, q a :=
  fun h' a => h a (h' a)
theorem exists_imp : ((∃ x, p x) → b) ↔ ∀ x, p x → b :=
  ⟨fun h x hx => h ⟨x, hx⟩, fun h ⟨x, hx⟩ => h x hx⟩

end quantifiers

/-! ## Classical -/

namespace Classical
attribute [simp] not_not

theorem not_imp {a b : Prop} : ¬(a → b) ↔ a ∧ ¬b :=
  ⟨fun h => ⟨byContradiction fun na => h fun ha => absurd ha na, fun hb => h fun _ => hb⟩,
   fun ⟨ha, nb⟩ h => nb (h ha)⟩

theorem not_and_iff_or_not_not {a b : Prop} : ¬(a ∧ b) ↔ ¬a ∨ ¬b :=
  ⟨fun h => byCases (fun ha => .inr fun hb => h ⟨ha, hb⟩) .inl,
   fun h ⟨ha, hb⟩ => h.elim (· ha) (· hb)⟩

theorem exists_or_forall_not {α : Sort u} (P : α → Prop) : (∃ a, P a) ∨ ∀ a, ¬P a :=
  byCases (fun h : ∃ a, P a => .inl h) (fun h => .inr (not_exists.1 h))

theorem imp_iff_not_or {a b : Prop} : (a → b) ↔ ¬a ∨ b :=
  ⟨fun h => byCases (fun ha => .inr (h ha)) .inl, fun h ha => h.elim (absurd ha) id⟩

end Classical

/-! ## Functions -/

namespace Function

@[simp] theorem comp_apply {α : Sort u} {β : Sort v} {δ : Sort w} {f : β → δ} {g : α → β} {x : α} :
    (f ∘ g) x = f (g x) := rfl
theorem comp_def {α : Sort u} {β : Sort v} {δ : Sort w} (f : β → δ) (g : α → β) :
    f ∘ g = fun x => f (g x) := rfl
@[simp] theorem id_comp {α : Sort u} {β : Sort v} (f : α → β) : id ∘ f = f := rfl
@[simp] theorem comp_id {α : Sort u} {β : Sort v} (f : α → β) : f ∘ id = f := rfl
theorem comp_assoc {α β γ δ : Sort _} (f : γ → δ) (g : β → γ) (h : α → β) :
    (f ∘ g) ∘ h = f ∘ (g ∘ h) := rfl
@[simp] theorem const_apply {α : Sort u} {β : Sort v} {y : β} {x : α} : const α y x = y := rfl

def Injective {α : Sort u} {β : Sort v} (f : α → β) : Prop :=
  ∀ ⦃a₁ a₂⦄, f a₁ = f a₂ → a₁ = a₂
def Surjective {α : Sort u} {β : Sort v} (f : α → β) : Prop :=
  ∀ b, ∃ a, f a = b
def LeftInverse {α : Sort u} {β : Sort v} (g : β → α) (f : α → β) : Prop :=
  ∀ x, g (f x) = x
def RightInverse {α : Sort u} {β : Sort v} (g : β → α) (f : α → β) : Prop :=
  LeftInverse f g

theorem Injective.comp {α β γ : Sort _} {g : β → γ} {f : α → β} (hg : Injective g) (hf : Injective f) :
    Injective (g ∘ f) := fun _ _ h => hf (hg h)
theorem Surjective.comp {α β γ : Sort _} {g : β → γ} {f : α → β} (hg : Surjective g)
    (hf : Surjective f) : Surjective (g ∘ f) := fun c =>
  match hg c with
  | ⟨b, hb⟩ => match hf b with
    | ⟨a, ha⟩ => ⟨a, show g (f a) = c from ha ▸ hb⟩
theorem injective_id {α : Sort u} : Injective (@id α) := fun _ _ h => h
theorem surjective_id {α : Sort u} : Surjective (@id α) := fun a => ⟨a, rfl⟩

end Function

/-! ## Lawful boolean equality -/

class LawfulBEq (α : Type u) [BEq α] : Prop where
  eq_of_beq : {a b : α} → (a == b) = true → a = b
  protected rfl : {a : α} → (a == a) = true

export LawfulBEq (eq_of_beq)

instance {α : Type u} [DecidableEq α] : LawfulBEq α where
  eq_of_beq h := of_decide_eq_true h
  rfl := decide_eq_true rfl

@[simp] theorem beq_self_eq_true {α : Type u} [BEq α] [LawfulBEq α] (a : α) : (a == a) = true :=
  LawfulBEq.rfl
theorem beq_of_eq {α : Type u} [BEq α] [LawfulBEq α] {a b : α} (h : a = b) : (a == b) = true :=
  h ▸ LawfulBEq.rfl
@[simp] theorem beq_iff_eq {α : Type u} [BEq α] [LawfulBEq α] {a b : α} : (a == b) = true ↔ a = b :=
  ⟨eq_of_beq, beq_of_eq⟩

/-- `a != b` is `!(a == b)`. -/
@[inline] def bne {α : Type u} [BEq α] (a b : α) : Bool := !(a == b)
infix:50 " != " => bne
@[simp] theorem bne_self_eq_false {α : Type u} [BEq α] [LawfulBEq α] (a : α) : (a != a) = false := by
  unfold bne; rw [beq_self_eq_true]; rfl

@[simp] theorem bne_iff_ne {α : Type u} [BEq α] [LawfulBEq α] {a b : α} : (a != b) = true ↔ a ≠ b := by
  unfold bne
  constructor
  · intro h e
    rw [beq_of_eq e] at h
    cases h
  · intro n
    cases h : (a == b) with
    | false => rfl
    | true => exact absurd (eq_of_beq h) n

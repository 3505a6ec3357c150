/-
Well-founded recursion: `SizeOf`, `Acc`, `WellFounded`, `WellFoundedRelation` with the instances the
equation compiler looks for, and the `decreasing_tactic` family used to prove termination.
-/
prelude
import Init.Classical

set_option linter.unusedVariables false

universe u v w

/-- Suggests to the elaborator that binder `binder` in `e` be named after `v`; otherwise `e`. -/
def binderNameHint {α : Sort u} {β : Sort v} {γ : Sort w} (v : α) (binder : β) (e : γ) : γ := e

/-- Before proving termination, `if c then a else b` becomes `if h : c then a else b`, so that the
hypothesis is available to `decreasing_by`. -/
@[wf_preprocess] theorem ite_eq_dite {α : Sort u} {P : Prop} [Decidable P] {a b : α} :
    ite P a b = dite P (fun h => binderNameHint h () a) (fun h => binderNameHint h () b) := rfl

/-- Marks parameters of functions defined by well-founded recursion. -/
@[reducible] def wfParam {α : Sort u} (a : α) : α := a

/-! ## SizeOf -/

class SizeOf (α : Sort u) where
  sizeOf : α → Nat

export SizeOf (sizeOf)

/-- The size of an element of a type without a better measure. -/
protected def default.sizeOf (α : Sort u) : α → Nat
  | _ => 0

instance (priority := low) instSizeOfDefault (α : Sort u) : SizeOf α where
  sizeOf := default.sizeOf α

@[simp] theorem sizeOf_default {α : Sort u} (n : α) : sizeOf n = 0 := rfl

instance instSizeOfNat : SizeOf Nat where
  sizeOf n := n

@[simp] theorem sizeOf_nat (n : Nat) : sizeOf n = n := rfl

instance [SizeOf α] [SizeOf β] : SizeOf (Prod α β) where
  sizeOf p := 1 + sizeOf p.1 + sizeOf p.2

instance [SizeOf α] : SizeOf (Option α) where
  sizeOf
    | none => 1
    | some a => 1 + sizeOf a

protected def List._sizeOf_1 {α : Type u} [SizeOf α] : List α → Nat
  | .nil => 1
  | .cons a as => 1 + sizeOf a + List._sizeOf_1 as

instance [SizeOf α] : SizeOf (List α) where
  sizeOf := List._sizeOf_1

@[simp] theorem List.nil.sizeOf_spec {α : Type u} [SizeOf α] : sizeOf ([] : List α) = 1 := rfl
@[simp] theorem List.cons.sizeOf_spec {α : Type u} [SizeOf α] (head : α) (tail : List α) :
    sizeOf (head :: tail) = 1 + sizeOf head + sizeOf tail := rfl
@[simp] theorem Prod.mk.sizeOf_spec {α : Type u} {β : Type v} [SizeOf α] [SizeOf β] (a : α) (b : β) :
    sizeOf (a, b) = 1 + sizeOf a + sizeOf b := rfl
@[simp] theorem Option.some.sizeOf_spec {α : Type u} [SizeOf α] (a : α) :
    sizeOf (some a) = 1 + sizeOf a := rfl

/-! ## Accessibility and well-founded relations -/

inductive Acc {α : Sort u} (r : α → α → Prop) : α → Prop where
  | intro (x : α) (h : (y : α) → r y x → Acc r y) : Acc r x

theorem Acc.inv {α : Sort u} {r : α → α → Prop} {x y : α} (h₁ : Acc r x) (h₂ : r y x) : Acc r y :=
  match h₁ with
  | .intro _ h => h y h₂

inductive WellFounded {α : Sort u} (r : α → α → Prop) : Prop where
  | intro (h : ∀ a, Acc r a) : WellFounded r

class WellFoundedRelation (α : Sort u) where
  rel : α → α → Prop
  wf  : WellFounded rel

namespace WellFounded

theorem apply {α : Sort u} {r : α → α → Prop} (wf : WellFounded r) (a : α) : Acc r a :=
  match wf with
  | .intro h => h a

section
variable {α : Sort u} {C : α → Sort v} {r : α → α → Prop}

noncomputable def fixF (F : ∀ x, (∀ y, r y x → C y) → C x) (x : α) (a : Acc r x) : C x :=
  Acc.rec (motive := fun x _ => C x) (fun x₁ _ ih => F x₁ ih) a

theorem fixF_eq (F : ∀ x, (∀ y, r y x → C y) → C x) (x : α) (acx : Acc r x) :
    fixF F x acx = F x (fun (y : α) (p : r y x) => fixF F y (Acc.inv acx p)) := by
  cases acx
  rfl

noncomputable def fix (hwf : WellFounded r) (F : ∀ x, (∀ y, r y x → C y) → C x) (x : α) : C x :=
  fixF F x (apply hwf x)

theorem fix_eq (hwf : WellFounded r) (F : ∀ x, (∀ y, r y x → C y) → C x) (x : α) :
    fix hwf F x = F x (fun y _ => fix hwf F y) :=
  fixF_eq F x (apply hwf x)

end
end WellFounded

def InvImage {α : Sort u} {β : Sort v} (r : β → β → Prop) (f : α → β) (a₁ a₂ : α) : Prop :=
  r (f a₁) (f a₂)

theorem InvImage.accessible {α : Sort u} {β : Sort v} {r : β → β → Prop} (f : α → β) {a : α}
    (ac : Acc r (f a)) : Acc (InvImage r f) a :=
  have gen : ∀ b, Acc r b → ∀ x, f x = b → Acc (InvImage r f) x := by
    intro b acb
    induction acb with
    | intro b _ ih =>
      intro x e
      apply Acc.intro
      intro y hy
      exact ih (f y) (e ▸ hy) y rfl
  gen (f a) ac a rfl

theorem InvImage.wf {α : Sort u} {β : Sort v} {r : β → β → Prop} (f : α → β) (h : WellFounded r) :
    WellFounded (InvImage r f) :=
  ⟨fun a => InvImage.accessible f (h.apply (f a))⟩

@[instance_reducible] def invImage {α : Sort u} {β : Sort v} (f : α → β) (h : WellFoundedRelation β) : WellFoundedRelation α where
  rel := InvImage h.rel f
  wf  := InvImage.wf f h.wf

theorem Nat.lt_wfRel.acc : ∀ n : Nat, Acc (fun a b : Nat => a < b) n
  | .zero => Acc.intro 0 fun _ h => absurd h (Nat.not_lt_zero _)
  | .succ n => Acc.intro (Nat.succ n) fun m h =>
    match Nat.eq_or_lt_of_le (Nat.le_of_succ_le_succ h) with
    | Or.inl e => e ▸ Nat.lt_wfRel.acc n
    | Or.inr l => Acc.inv (Nat.lt_wfRel.acc n) l

@[instance_reducible] def Nat.lt_wfRel : WellFoundedRelation Nat where
  rel := fun a b => a < b
  wf := ⟨Nat.lt_wfRel.acc⟩

@[instance_reducible] def measure {α : Sort u} (f : α → Nat) : WellFoundedRelation α :=
  invImage f Nat.lt_wfRel

@[instance_reducible] def sizeOfWFRel {α : Sort u} [SizeOf α] : WellFoundedRelation α :=
  measure sizeOf

instance (priority := low) instWellFoundedRelationOfSizeOf {α : Sort u} [SizeOf α] :
    WellFoundedRelation α :=
  sizeOfWFRel

/-! ## A fixpoint on `Nat`-valued measures that reduces on closed terms -/

/-- Identity used by the termination checker to protect terms from simplification. -/
def Lean.opaqueId {α : Sort u} (x : α) : α := x

namespace WellFounded

/-- Blocks reduction of the fuel unless `n` evaluates to a numeral. -/
def Nat.eager (n : Nat) : Nat :=
  if Nat.beq n n = true then n else n

theorem Nat.eager_eq (n : Nat) : Nat.eager n = n := ite_self n

section
variable {α : Sort u} {motive : α → Sort v} (h : α → Nat)
  (F : (x : α) → ((y : α) → InvImage (· < ·) h y x → motive y) → motive x)

def Nat.fix : (x : α) → motive x :=
  let rec go : ∀ (fuel : Nat) (x : α), (h x < fuel) → motive x := fun fuel x hfuel =>
    match fuel with
    | .zero => (Nat.not_succ_le_zero _ hfuel).elim
    | .succ f' => F x (fun y hy => go f' y (Nat.lt_of_lt_of_le hy (Nat.le_of_lt_succ hfuel)))
  fun x => go (Nat.eager (h x + 1)) x (Nat.eager_eq _ ▸ Nat.lt_add_one _)

theorem Nat.fix.go_congr (x : α) : ∀ (fuel₁ fuel₂ : Nat) (h₁ : h x < fuel₁) (h₂ : h x < fuel₂),
    Nat.fix.go h F fuel₁ x h₁ = Nat.fix.go h F fuel₂ x h₂ := by
  induction x using (measure h).wf.fix with
  | _ x ih =>
    intro fuel₁ fuel₂ h₁ h₂
    cases fuel₁ with
    | zero => exact absurd h₁ (Nat.not_lt_zero _)
    | succ fuel₁ =>
      cases fuel₂ with
      | zero => exact absurd h₂ (Nat.not_lt_zero _)
      | succ fuel₂ =>
        show F x _ = F x _
        congr 1
        funext y hy
        exact ih y hy _ _ _ _

theorem Nat.fix_eq (x : α) : Nat.fix h F x = F x (fun y _ => Nat.fix h F y) := by
  unfold Nat.fix
  rw [Nat.fix.go_congr h F x _ (h x + 1) _ (Nat.lt_add_one _)]
  show F x _ = F x _
  congr 1
  funext y hy
  apply Nat.fix.go_congr


end
end WellFounded

/-! ## Lexicographic orders (for several decreasing arguments) -/

namespace Prod

inductive Lex {α : Type u} {β : Type v} (ra : α → α → Prop) (rb : β → β → Prop) : α × β → α × β → Prop where
  | left  {a₁} (b₁) {a₂} (b₂) (h : ra a₁ a₂) : Lex ra rb (a₁, b₁) (a₂, b₂)
  | right (a) {b₁ b₂} (h : rb b₁ b₂)         : Lex ra rb (a, b₁)  (a, b₂)

theorem Lex.acc {α : Type u} {β : Type v} {ra : α → α → Prop} {rb : β → β → Prop}
    (hb : WellFounded rb) {a : α} (aca : Acc ra a) : ∀ b, Acc (Lex ra rb) (a, b) := by
  induction aca with
  | intro a _ iha =>
    intro b
    induction (hb.apply b) with
    | intro b _ ihb =>
      apply Acc.intro
      intro p lt
      cases lt with
      | left b₁ b₂ h => exact iha _ h b₁
      | right _ h => exact ihb _ h

@[instance_reducible] def lex {α : Type u} {β : Type v} (ha : WellFoundedRelation α) (hb : WellFoundedRelation β) :
    WellFoundedRelation (α × β) where
  rel := Lex ha.rel hb.rel
  wf  := ⟨fun ⟨a, b⟩ => Lex.acc hb.wf (ha.wf.apply a) b⟩

instance {α : Type u} {β : Type v} [ha : WellFoundedRelation α] [hb : WellFoundedRelation β] :
    WellFoundedRelation (α × β) :=
  lex ha hb

theorem Lex.right' {α : Type u} {β : Type v} {ra : α → α → Prop} {rb : β → β → Prop} {a : α}
    {b₁ b₂ : β} (h : rb b₁ b₂) : Lex ra rb (a, b₁) (a, b₂) := Lex.right a h

end Prod

/-! ## Termination tactics -/

/-- Unfolds the well-founded relation in a termination goal down to `<` on sizes. -/
macro "simp_wf" : tactic =>
  `(tactic| try simp only [invImage, InvImage, Prod.lex, sizeOfWFRel, measure, Nat.lt_wfRel,
      WellFoundedRelation.rel, sizeOf_nat])

/-- Cleans up the goals presented to `decreasing_by`. -/
macro "clean_wf" : tactic =>
  `(tactic| try simp only [invImage, InvImage, Prod.lex, sizeOfWFRel, measure, Nat.lt_wfRel,
      WellFoundedRelation.rel, sizeOf_nat, Lean.opaqueId])

/-- Extensible with `macro_rules`; the arithmetic library adds `omega`. -/
syntax "decreasing_trivial" : tactic
macro_rules | `(tactic| decreasing_trivial) => `(tactic| (simp; done))
macro_rules | `(tactic| decreasing_trivial) => `(tactic| assumption)
macro_rules | `(tactic| decreasing_trivial) => `(tactic| decide)
macro_rules | `(tactic| decreasing_trivial) => `(tactic| exact Nat.lt_succ_self _)
macro_rules | `(tactic| decreasing_trivial) => `(tactic| exact Nat.lt_add_one _)

syntax "decreasing_trivial_pre_omega" : tactic

macro "decreasing_with " ts:tacticSeq : tactic =>
  `(tactic| (simp_wf
             repeat (first | apply Prod.Lex.right' | apply Prod.Lex.left)
             first
             | done
             | $ts
             | fail "failed to prove termination, possible solutions:
  - Use `have`-expressions to prove the remaining goals
  - Use `termination_by` to specify a different well-founded relation
  - Use `decreasing_by` to specify your own tactic for discharging this kind of goal"))

macro "decreasing_tactic" : tactic =>
  `(tactic| decreasing_with first | decreasing_trivial | subst_vars; decreasing_trivial)

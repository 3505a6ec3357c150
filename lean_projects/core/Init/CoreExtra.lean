/-
Declarations Lean's own elaborator refers to by name in ordinary files (the equation compiler's
`Eq.ndrec_symm`/`HEq.homo_ndrec` for overlapping and dependent patterns, `simp`'s `have` congruence
lemmas for well-founded definitions), and the quotient API (`Setoid`, `Equivalence`, `≈`,
`Quotient`), `Inv`, with real Lean 4's names and statements.
-/
prelude
import Init.Classical
import Init.PropLemmas
import Init.WF

universe u v w u1 u2

/-- A binder `(h : p := by tac)`: its value is found by running `tac` at each use. -/
@[reducible] def autoParam (α : Sort u) (_tactic : Lean.Syntax) : Sort u := α

/-! ## Substitution helpers the `subst`/`cases` machinery builds terms with -/

/-- `Eq.ndrec` for an equation the other way round: from `motive a` and `b = a`, `motive b`. -/
@[reducible] def Eq.ndrec_symm.{u₁, u₂} {α : Sort u₂} {a : α} {motive : α → Sort u₁} (m : motive a)
    {b : α} (h : b = a) : motive b :=
  Eq.ndrec m h.symm

/-- `Eq.ndrec` along a homogeneous `HEq`. -/
@[reducible] def HEq.homo_ndrec.{u₁, u₂} {α : Sort u₂} {a : α} {motive : α → Sort u₁} (m : motive a)
    {b : α} (h : HEq a b) : motive b :=
  Eq.ndrec m (eq_of_heq h)

/-- `HEq.homo_ndrec` for an equation the other way round. -/
@[reducible] def HEq.homo_ndrec_symm.{u₁, u₂} {α : Sort u₂} {a : α} {motive : α → Sort u₁} (m : motive a)
    {b : α} (h : HEq b a) : motive b :=
  Eq.ndrec m (eq_of_heq h).symm

/-! ## `have` congruence (what `simp` proves through `have x := v; b`) -/

theorem have_unused' {α : Sort u} {β : Sort v} (a : α) {b b' : β} (h : b = b') :
    (have _x := a; b) = b' := h

theorem have_unused_dep' {α : Sort u} {β : Sort v} (a : α) {b : α → β} {b' : β} (h : ∀ x, b x = b') :
    (have x := a; b x) = b' := h a

theorem have_congr' {α : Sort u} {β : Sort v} {a a' : α} {f f' : α → β} (h₁ : a = a')
    (h₂ : ∀ x, f x = f' x) : (have x := a; f x) = (have x := a'; f' x) := by
  subst h₁; exact h₂ a

theorem have_val_congr' {α : Sort u} {β : Sort v} {a a' : α} {f : α → β} (h : a = a') :
    (have x := a; f x) = (have x := a'; f x) := by
  subst h; rfl

theorem have_body_congr_dep' {α : Sort u} {β : α → Sort v} (a : α) {f f' : (x : α) → β x}
    (h : ∀ x, f x = f' x) : (have x := a; f x) = (have x := a; f' x) := h a

theorem have_body_congr' {α : Sort u} {β : Sort v} (a : α) {f f' : α → β} (h : ∀ x, f x = f' x) :
    (have x := a; f x) = (have x := a; f' x) := h a

theorem have_congr {α : Sort u} {β : Sort v} {a a' : α} {f f' : α → β} (h₁ : a = a')
    (h₂ : ∀ x, f x = f' x) : (have x := a; f x) = (have x := a'; f' x) := have_congr' h₁ h₂

theorem have_val_congr {α : Sort u} {β : Sort v} {a a' : α} {f : α → β} (h : a = a') :
    (have x := a; f x) = (have x := a'; f x) := have_val_congr' h

theorem have_body_congr_dep {α : Sort u} {β : α → Sort v} (a : α) {f f' : (x : α) → β x}
    (h : ∀ x, f x = f' x) : (have x := a; f x) = (have x := a; f' x) := h a

theorem have_body_congr {α : Sort u} {β : Sort v} (a : α) {f f' : α → β} (h : ∀ x, f x = f' x) :
    (have x := a; f x) = (have x := a; f' x) := h a

/-! ## Equivalence relations and quotients -/

/-- An equivalence relation: reflexive, symmetric and transitive. -/
structure Equivalence {α : Sort u} (r : α → α → Prop) : Prop where
  refl  : ∀ x, r x x
  symm  : ∀ {x y}, r x y → r y x
  trans : ∀ {x y z}, r x y → r y z → r x z

/-- `a ≈ b`: the notion of equivalence of a type. -/
class HasEquiv (α : Sort u) where
  /-- `a ≈ b`: `a` and `b` are equivalent. -/
  Equiv : α → α → Sort v

@[inherit_doc] infix:50 " ≈ " => HasEquiv.Equiv

/-- A type with a distinguished equivalence relation. -/
class Setoid (α : Sort u) where
  r : α → α → Prop
  iseqv : Equivalence r

instance {α : Sort u} [Setoid α] : HasEquiv α := ⟨Setoid.r⟩

namespace Setoid

variable {α : Sort u} [Setoid α]

theorem refl (a : α) : a ≈ a := iseqv.refl a
theorem symm {a b : α} (hab : a ≈ b) : b ≈ a := iseqv.symm hab
theorem trans {a b c : α} (hab : a ≈ b) (hbc : b ≈ c) : a ≈ c := iseqv.trans hab hbc

end Setoid

namespace Quot

@[elab_as_elim]
protected theorem inductionOn {α : Sort u} {r : α → α → Prop} {motive : Quot r → Prop} (q : Quot r)
    (h : (a : α) → motive (Quot.mk r a)) : motive q :=
  Quot.ind h q

theorem exists_rep {α : Sort u} {r : α → α → Prop} (q : Quot r) : ∃ a, Quot.mk r a = q :=
  Quot.inductionOn (motive := fun q => ∃ a, Quot.mk r a = q) q (fun a => ⟨a, rfl⟩)

end Quot

/-- The quotient of a type by its setoid's equivalence relation. -/
def Quotient {α : Sort u} (s : Setoid α) := @Quot α Setoid.r

namespace Quotient

/-- The class of `a`. -/
@[inline] protected def mk {α : Sort u} (s : Setoid α) (a : α) : Quotient s :=
  Quot.mk Setoid.r a

/-- The class of `a`, the setoid found by instance search. -/
protected def mk' {α : Sort u} [s : Setoid α] (a : α) : Quotient s :=
  Quotient.mk s a

end Quotient

/-- `⟦a⟧`: the class of `a` in the quotient by the setoid found by instance search. -/
notation:arg "⟦" a "⟧" => Quotient.mk _ a

namespace Quotient

theorem sound {α : Sort u} {s : Setoid α} {a b : α} : a ≈ b → Quotient.mk s a = Quotient.mk s b :=
  Quot.sound

/-- A function respecting `≈`, on the quotient. -/
protected abbrev lift {α : Sort u} {β : Sort v} {s : Setoid α} (f : α → β) :
    (∀ a b, a ≈ b → f a = f b) → Quotient s → β :=
  Quot.lift f

protected theorem ind {α : Sort u} {s : Setoid α} {motive : Quotient s → Prop} :
    ((a : α) → motive (Quotient.mk s a)) → (q : Quotient s) → motive q :=
  Quot.ind

protected abbrev liftOn {α : Sort u} {β : Sort v} {s : Setoid α} (q : Quotient s) (f : α → β)
    (c : ∀ a b, a ≈ b → f a = f b) : β :=
  Quot.liftOn q f c

@[elab_as_elim]
protected theorem inductionOn {α : Sort u} {s : Setoid α} {motive : Quotient s → Prop}
    (q : Quotient s) (h : (a : α) → motive (Quotient.mk s a)) : motive q :=
  Quot.inductionOn q h

theorem exists_rep {α : Sort u} {s : Setoid α} (q : Quotient s) : ∃ a : α, Quotient.mk s a = q :=
  Quot.exists_rep q

/-- A binary function respecting `≈` in both arguments, on quotients. -/
protected abbrev lift₂ {α : Sort u} {β : Sort v} {φ : Sort w} {s₁ : Setoid α} {s₂ : Setoid β}
    (f : α → β → φ) (c : ∀ a₁ b₁ a₂ b₂, a₁ ≈ a₂ → b₁ ≈ b₂ → f a₁ b₁ = f a₂ b₂)
    (q₁ : Quotient s₁) (q₂ : Quotient s₂) : φ :=
  Quotient.lift (fun a₁ => Quotient.lift (f a₁) (fun _ _ h => c _ _ _ _ (Setoid.refl a₁) h) q₂)
    (fun a₁ a₂ h => Quotient.ind (motive := fun q₂ => Quotient.lift (f a₁) _ q₂ = Quotient.lift (f a₂) _ q₂)
      (fun b => c _ _ _ _ h (Setoid.refl b)) q₂) q₁

protected abbrev liftOn₂ {α : Sort u} {β : Sort v} {φ : Sort w} {s₁ : Setoid α} {s₂ : Setoid β}
    (q₁ : Quotient s₁) (q₂ : Quotient s₂) (f : α → β → φ)
    (c : ∀ a₁ b₁ a₂ b₂, a₁ ≈ a₂ → b₁ ≈ b₂ → f a₁ b₁ = f a₂ b₂) : φ :=
  Quotient.lift₂ f c q₁ q₂

@[elab_as_elim]
protected theorem ind₂ {α : Sort u} {β : Sort v} {s₁ : Setoid α} {s₂ : Setoid β}
    {motive : Quotient s₁ → Quotient s₂ → Prop}
    (h : (a : α) → (b : β) → motive (Quotient.mk s₁ a) (Quotient.mk s₂ b))
    (q₁ : Quotient s₁) (q₂ : Quotient s₂) : motive q₁ q₂ :=
  Quotient.ind (motive := fun q₁ => motive q₁ q₂) (fun a => Quotient.ind (h a) q₂) q₁

@[elab_as_elim]
protected theorem inductionOn₂ {α : Sort u} {β : Sort v} {s₁ : Setoid α} {s₂ : Setoid β}
    {motive : Quotient s₁ → Quotient s₂ → Prop} (q₁ : Quotient s₁) (q₂ : Quotient s₂)
    (h : (a : α) → (b : β) → motive (Quotient.mk s₁ a) (Quotient.mk s₂ b)) : motive q₁ q₂ :=
  Quotient.ind₂ h q₁ q₂

private def rel {α : Sort u} {s : Setoid α} (q₁ q₂ : Quotient s) : Prop :=
  Quotient.liftOn₂ q₁ q₂ (fun a₁ a₂ => a₁ ≈ a₂)
    (fun _ _ _ _ a₁b₁ a₂b₂ =>
      propext ⟨fun a₁a₂ => Setoid.trans (Setoid.symm a₁b₁) (Setoid.trans a₁a₂ a₂b₂),
               fun b₁b₂ => Setoid.trans a₁b₁ (Setoid.trans b₁b₂ (Setoid.symm a₂b₂))⟩)

private theorem rel.refl {α : Sort u} {s : Setoid α} (q : Quotient s) : rel q q :=
  Quotient.inductionOn (motive := fun q => rel q q) q (fun a => Setoid.refl a)

private theorem rel_of_eq {α : Sort u} {s : Setoid α} {q₁ q₂ : Quotient s} : q₁ = q₂ → rel q₁ q₂ :=
  fun h => h ▸ rel.refl q₁

theorem exact {α : Sort u} {s : Setoid α} {a b : α} : Quotient.mk s a = Quotient.mk s b → a ≈ b :=
  fun h => rel_of_eq h

end Quotient

/-! ## Inverses -/

/-- `a⁻¹`: the inverse of `a`. -/
class Inv (α : Type u) where
  /-- `a⁻¹`, the inverse of `a`. -/
  inv : α → α

@[inherit_doc] postfix:max "⁻¹" => Inv.inv

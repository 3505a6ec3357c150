-- Source: lean-ja/lean-by-example, LeanByExample/TypeClass/Decidable.lean (MIT; Japanese prose comments omitted)
#check (decide : (P : Prop) → [Decidable P] → Bool)

/-- info: true -/
#guard_msgs in --#
#eval decide (2 + 2 = 4)

/-- info: false -/
#guard_msgs in --#
#eval decide (2 + 2 = 5)

def Even (n : Nat) : Prop := ∃ m : Nat, n = 2 * m

example : Even 4 := by
  fail_if_success decide

  exists 2

theorem even_impl (n : Nat) : n % 2 = 0 ↔ Even n := by
  constructor <;> intro h
  case mp =>
    exists (n / 2)
    omega
  case mpr =>
    obtain ⟨m, rfl⟩ := h
    omega

instance (n : Nat) : Decidable (Even n) :=
  decidable_of_iff (n % 2 = 0) (even_impl n)

example : Even 4 := by decide

namespace Hidden --#
/--
info: inductive Decidable : Prop → Type
number of parameters: 1
constructors:
Decidable.isFalse : {p : Prop} → ¬p → Decidable p
Decidable.isTrue : {p : Prop} → p → Decidable p
-/
#guard_msgs in #print Decidable

class inductive Decidable (p : Prop) where
  | isFalse (h : Not p) : Decidable p
  | isTrue (h : p) : Decidable p
end Hidden --#

#check (DecidableEq : Type → Type)
#check (BEq : Type → Type)

#check ((· == ·) : Nat → Nat → Bool)

namespace DecidableEqVsBEq --#

structure Account where
  id : Nat
  name : String
  deriving DecidableEq, Repr

instance : BEq Account where
  beq a b := a.id == b.id

def alice : Account := { id := 1, name := "Alice" }
def alicia : Account := { id := 1, name := "Alicia" }

#guard (alice == alicia)

example : alice ≠ alicia := by decide

/--
error: failed to synthesize
  LawfulBEq Account

Hint: Additional diagnostic information may be available using the `set_option diagnostics true` command.
-/
#guard_msgs in --#
#synth LawfulBEq Account

structure Point where
  x : Nat
  y : Nat
  deriving DecidableEq, BEq, ReflBEq, LawfulBEq

#synth BEq Point
#synth LawfulBEq Point

#guard ({ x := 2, y := 3 } : Point) == { x := 2, y := 3 }

example : ({ x := 2, y := 3 } : Point) = { x := 2, y := 3 } := by decide

end DecidableEqVsBEq --#

#check (inferInstance : BEq Float)

/--
error: failed to synthesize
  DecidableEq Float

Hint: Additional diagnostic information may be available using the `set_option diagnostics true` command.
-/
#guard_msgs in --#
#synth DecidableEq Float

#guard ((0.0 : Float) / 0.0).isNaN

#guard !(((0.0 : Float) / 0.0) == ((0.0 : Float) / 0.0))

#guard ((1.0 : Float) == 1.0)

instance {P : Prop} (h : P ⊕' (¬ P)) : Decidable P := by
  cases h with
  | inl h =>
    apply Decidable.isTrue
    exact h
  | inr h =>
    apply Decidable.isFalse
    exact h

noncomputable example (P : Prop) : P ⊕' (¬ P) := by
  by_cases h : P
  case pos => exact PSum.inl h
  case neg => exact PSum.inr h

noncomputable instance (P : Prop) : Decidable P := by
  exact Classical.propDecidable P

def Odd (n : Nat) : Prop := ∃ m : Nat, n = 2 * m + 1

noncomputable instance (n : Nat) : Decidable (Odd n) := by
  classical
  infer_instance

example : Odd 3 := by
  fail_if_success decide

  exists 1

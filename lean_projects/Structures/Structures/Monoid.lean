/-!
# Monoids

A small algebraic structure: a type with an associative operation `⋆` and a
two-sided unit `e`. We prove the uniqueness of the unit and the laws of
powers, give instances for `Nat` under addition, lists under append and
`Bool` under `&&`, and study maps that preserve the structure.
-/

namespace Structures

/-- A monoid: an associative operation with a two-sided unit. -/
class Monoid' (M : Type) where
  op : M → M → M
  e : M
  op_assoc : ∀ a b c : M, op (op a b) c = op a (op b c)
  e_op : ∀ a : M, op e a = a
  op_e : ∀ a : M, op a e = a

/-- The monoid operation. -/
infixl:70 " ⋆ " => Monoid'.op

namespace Monoid'

variable {M : Type} [Monoid' M]

/-- `npow a n` is `a ⋆ a ⋆ ... ⋆ a` with `n` factors. -/
def npow (a : M) : Nat → M
  | 0 => e
  | n + 1 => npow a n ⋆ a

theorem npow_zero (a : M) : npow a 0 = e := rfl

theorem npow_succ (a : M) (n : Nat) : npow a (n + 1) = npow a n ⋆ a := rfl

/-- The unit is unique: anything that is a left unit equals `e`. -/
theorem left_unit_unique (u : M) (h : ∀ a : M, u ⋆ a = a) : u = e := by
  have he := h e
  rw [op_e] at he
  exact he

theorem right_unit_unique (u : M) (h : ∀ a : M, a ⋆ u = a) : u = e := by
  have he := h e
  rw [e_op] at he
  exact he

theorem op_assoc4 (a b c d : M) : a ⋆ b ⋆ c ⋆ d = a ⋆ (b ⋆ (c ⋆ d)) := by
  rw [op_assoc, op_assoc]

theorem op_middle (a b c d : M) : a ⋆ b ⋆ (c ⋆ d) = a ⋆ (b ⋆ c) ⋆ d := by
  rw [op_assoc, op_assoc, op_assoc]

theorem e_op_e : (e : M) ⋆ e = e := e_op e

theorem npow_one (a : M) : npow a 1 = a := by
  rw [npow_succ, npow_zero, e_op]

theorem npow_two (a : M) : npow a 2 = a ⋆ a := by
  rw [npow_succ, npow_one]

theorem npow_add (a : M) (m n : Nat) : npow a (m + n) = npow a m ⋆ npow a n := by
  induction n with
  | zero =>
    rw [Nat.add_zero, npow_zero, op_e]
  | succ n ih =>
    rw [← Nat.add_assoc, npow_succ, npow_succ, ih, op_assoc]

theorem npow_comm (a : M) (n : Nat) : npow a n ⋆ a = a ⋆ npow a n := by
  induction n with
  | zero =>
    rw [npow_zero, e_op, op_e]
  | succ n ih =>
    rw [npow_succ, ih, op_assoc, ih]

theorem npow_succ' (a : M) (n : Nat) : npow a (n + 1) = a ⋆ npow a n := by sorry

theorem npow_mul (a : M) (m n : Nat) : npow a (m * n) = npow (npow a m) n := by sorry

theorem e_npow (n : Nat) : npow (e : M) n = e := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [npow_succ, ih, e_op]

theorem npow_add_comm (a : M) (m n : Nat) : npow a m ⋆ npow a n = npow a n ⋆ npow a m := by
  rw [← npow_add, ← npow_add, Nat.add_comm]

end Monoid'

open Monoid'

/-- Natural numbers under addition. -/
instance natAddMonoid : Monoid' Nat where
  op := fun a b => a + b
  e := 0
  op_assoc := Nat.add_assoc
  e_op := Nat.zero_add
  op_e := Nat.add_zero

/-- Lists under append. -/
instance listMonoid (α : Type) : Monoid' (List α) where
  op := fun a b => a ++ b
  e := []
  op_assoc := by
    intro a b c
    show a ++ b ++ c = a ++ (b ++ c)
    rw [List.append_assoc]
  e_op := by
    intro a
    show [] ++ a = a
    rw [List.nil_append]
  op_e := by
    intro a
    show a ++ [] = a
    rw [List.append_nil]

/-- Booleans under `&&`. -/
instance boolAndMonoid : Monoid' Bool where
  op := fun a b => a && b
  e := true
  op_assoc := by
    intro a b c
    cases a <;> cases b <;> cases c <;> rfl
  e_op := by
    intro a
    cases a <;> rfl
  op_e := by
    intro a
    cases a <;> rfl

theorem nat_op (a b : Nat) : a ⋆ b = a + b := rfl

theorem nat_e : (e : Nat) = 0 := rfl

theorem list_op {α : Type} (a b : List α) : a ⋆ b = a ++ b := rfl

theorem list_e {α : Type} : (e : List α) = [] := rfl

theorem npow_nat (a n : Nat) : npow a n = n * a := by
  induction n with
  | zero =>
    rw [npow_zero, nat_e, Nat.zero_mul]
  | succ n ih =>
    rw [npow_succ, ih, nat_op, Nat.add_mul, Nat.one_mul]

theorem length_npow_list {α : Type} (l : List α) (n : Nat) :
    (npow l n).length = n * l.length := by
  induction n with
  | zero =>
    rw [npow_zero, list_e, List.length_nil, Nat.zero_mul]
  | succ n ih =>
    rw [npow_succ, list_op, List.length_append, ih, Nat.add_mul, Nat.one_mul]

/-- A map between monoids that preserves the operation and the unit. -/
structure MonoidHom (M N : Type) [Monoid' M] [Monoid' N] where
  toFun : M → N
  map_op : ∀ a b, toFun (a ⋆ b) = toFun a ⋆ toFun b
  map_e : toFun e = e

namespace MonoidHom

variable {M N P : Type} [Monoid' M] [Monoid' N] [Monoid' P]

theorem map_npow (f : MonoidHom M N) (a : M) (n : Nat) :
    f.toFun (npow a n) = npow (f.toFun a) n := by sorry

/-- The composition of two monoid maps. -/
def comp (g : MonoidHom N P) (f : MonoidHom M N) : MonoidHom M P where
  toFun := fun a => g.toFun (f.toFun a)
  map_op := by
    intro a b
    show g.toFun (f.toFun (a ⋆ b)) = g.toFun (f.toFun a) ⋆ g.toFun (f.toFun b)
    rw [f.map_op, g.map_op]
  map_e := by
    show g.toFun (f.toFun e) = e
    rw [f.map_e, g.map_e]

theorem comp_apply (g : MonoidHom N P) (f : MonoidHom M N) (a : M) :
    (comp g f).toFun a = g.toFun (f.toFun a) := rfl

/-- The identity map. -/
def id' (M : Type) [Monoid' M] : MonoidHom M M where
  toFun := fun a => a
  map_op := fun _ _ => rfl
  map_e := rfl

end MonoidHom

/-- `List.length` turns append into addition. -/
def lengthHom (α : Type) : MonoidHom (List α) Nat where
  toFun := fun l => l.length
  map_op := by
    intro a b
    show (a ⋆ b).length = a.length ⋆ b.length
    rw [list_op, nat_op, List.length_append]
  map_e := by
    show (e : List α).length = (e : Nat)
    rw [list_e, nat_e, List.length_nil]

theorem lengthHom_apply {α : Type} (l : List α) : (lengthHom α).toFun l = l.length := rfl

end Structures

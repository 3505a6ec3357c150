import Groups.Basic

/-!
# Examples of groups

The integers under addition, the integers mod 2, and the
one-element group; in each we compute inverses and check the group laws on
examples.
-/

namespace Groups

open Structures Monoid' Group'

/-- The integers under addition. -/
instance intAddGroup : CommGroup' Int where
  op := fun a b => a + b
  e := 0
  op_assoc := fun a b c => Int.add_assoc a b c
  e_op := fun a => Int.zero_add a
  op_e := fun a => Int.add_zero a
  inv := fun a => -a
  inv_op := fun a => by show -a + a = 0; omega
  op_inv := fun a => by show a + -a = 0; omega
  op_comm := fun a b => Int.add_comm a b

theorem int_op (a b : Int) : a ⋆ b = a + b := rfl

theorem int_e : (e : Int) = 0 := rfl

theorem int_inv (a : Int) : a⁻¹ = -a := rfl

theorem int_conj (g a : Int) : conj g a = a := by
  unfold conj
  rw [int_op, int_op, int_inv]
  omega

theorem int_commutator (a b : Int) : commutator a b = 0 := by sorry

theorem int_npow (a : Int) (n : Nat) : npow a n = n * a := by
  induction n with
  | zero => rw [npow_zero, int_e, Int.ofNat_zero, Int.zero_mul]
  | succ n ih =>
    rw [npow_succ, ih, int_op, Int.ofNat_succ, Int.add_mul, Int.one_mul]

theorem int_inv_inv_example : ((5 : Int)⁻¹)⁻¹ = 5 := inv_inv 5

/-- The integers mod 2. -/
inductive Z2 where
  | zero
  | one
  deriving DecidableEq

namespace Z2

/-- Addition mod 2. -/
def add : Z2 → Z2 → Z2
  | zero, b => b
  | one, zero => one
  | one, one => zero

instance group : CommGroup' Z2 where
  op := add
  e := zero
  op_assoc := by intro a b c; cases a <;> cases b <;> cases c <;> rfl
  e_op := by intro a; cases a <;> rfl
  op_e := by intro a; cases a <;> rfl
  inv := fun a => a
  inv_op := by intro a; cases a <;> rfl
  op_inv := by intro a; cases a <;> rfl
  op_comm := by intro a b; cases a <;> cases b <;> rfl

theorem op_def (a b : Z2) : a ⋆ b = add a b := rfl

theorem e_def : (e : Z2) = zero := rfl

theorem inv_def (a : Z2) : a⁻¹ = a := rfl

theorem op_self (a : Z2) : a ⋆ a = e := op_inv a

theorem one_op_one : one ⋆ one = zero := rfl

theorem npow_two (a : Z2) : npow a 2 = zero := by sorry

theorem npow_even (a : Z2) (n : Nat) : npow a (2 * n) = zero := by
  induction n with
  | zero => rfl
  | succ n ih =>
    rw [Nat.mul_succ, npow_add, ih, Monoid'.npow_two, op_self]
    rfl

end Z2

/-- The one-element group. -/
instance unitGroup : CommGroup' Unit where
  op := fun _ _ => ()
  e := ()
  op_assoc := fun _ _ _ => rfl
  e_op := fun _ => rfl
  op_e := fun _ => rfl
  inv := fun _ => ()
  inv_op := fun _ => rfl
  op_inv := fun _ => rfl
  op_comm := fun _ _ => rfl

theorem unit_eq_e (a : Unit) : a = e := rfl

theorem int_solve (a b : Int) : a ⋆ (-a + b) = b := by sorry

theorem int_left_cancel_example (b c : Int) (h : 3 + b = 3 + c) : b = c :=
  left_cancel (a := (3 : Int)) h

end Groups

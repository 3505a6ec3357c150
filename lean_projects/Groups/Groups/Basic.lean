import Structures.Monoid

/-!
# Groups

A group is a monoid (from `Structures`) in which every element has a
two-sided inverse. We prove cancellation, uniqueness of inverses, the inverse
of a product and of a power, and facts about conjugation and commutators.
-/

namespace Groups

open Structures Monoid'

/-- A group: a monoid with two-sided inverses. -/
class Group' (G : Type) extends Monoid' G where
  inv : G → G
  inv_op : ∀ a : G, op (inv a) a = e
  op_inv : ∀ a : G, op a (inv a) = e

/-- The inverse. -/
postfix:max "⁻¹" => Group'.inv

namespace Group'

variable {G : Type} [Group' G]

theorem inv_op_cancel_left (a b : G) : a⁻¹ ⋆ (a ⋆ b) = b := by
  rw [← op_assoc, inv_op, e_op]

theorem op_inv_cancel_left (a b : G) : a ⋆ (a⁻¹ ⋆ b) = b := by
  rw [← op_assoc, op_inv, e_op]

theorem op_inv_cancel_right (a b : G) : a ⋆ b ⋆ b⁻¹ = a := by
  rw [op_assoc, op_inv, op_e]

theorem inv_op_cancel_right (a b : G) : a ⋆ b⁻¹ ⋆ b = a := by sorry

theorem left_cancel {a b c : G} (h : a ⋆ b = a ⋆ c) : b = c := by
  rw [← inv_op_cancel_left a b, h, inv_op_cancel_left]

theorem right_cancel {a b c : G} (h : b ⋆ a = c ⋆ a) : b = c := by
  rw [← op_inv_cancel_right b a, h, op_inv_cancel_right]

theorem left_cancel_iff (a b c : G) : a ⋆ b = a ⋆ c ↔ b = c :=
  ⟨left_cancel, fun h => h ▸ rfl⟩

theorem inv_eq_of_op_eq_e {a b : G} (h : a ⋆ b = e) : a⁻¹ = b := by
  apply left_cancel (a := a)
  rw [op_inv, h]

theorem eq_inv_of_op_eq_e {a b : G} (h : a ⋆ b = e) : b⁻¹ = a := by
  apply right_cancel (a := b)
  rw [inv_op, h]

theorem inv_inv (a : G) : a⁻¹⁻¹ = a := inv_eq_of_op_eq_e (inv_op a)

theorem inv_e : (e : G)⁻¹ = e := inv_eq_of_op_eq_e (e_op e)

theorem inv_op_rev (a b : G) : (a ⋆ b)⁻¹ = b⁻¹ ⋆ a⁻¹ := by
  apply inv_eq_of_op_eq_e
  rw [op_assoc, op_inv_cancel_left, op_inv]

theorem inv_inj {a b : G} (h : a⁻¹ = b⁻¹) : a = b := by
  rw [← inv_inv a, h, inv_inv]

theorem inv_eq_e_iff (a : G) : a⁻¹ = e ↔ a = e := by sorry

theorem op_eq_iff_eq_inv_op (a x b : G) : a ⋆ x = b ↔ x = a⁻¹ ⋆ b := by
  constructor
  · intro h
    rw [← h, inv_op_cancel_left]
  · intro h
    rw [h, op_inv_cancel_left]

theorem op_eq_iff_eq_op_inv (x a b : G) : x ⋆ a = b ↔ x = b ⋆ a⁻¹ := by sorry

theorem op_eq_e_iff (a b : G) : a ⋆ b = e ↔ b = a⁻¹ := by
  rw [op_eq_iff_eq_inv_op, op_e]

theorem unique_solution (a b x y : G) (hx : a ⋆ x = b) (hy : a ⋆ y = b) : x = y :=
  left_cancel (hx.trans hy.symm)

theorem idempotent_eq_e {a : G} (h : a ⋆ a = a) : a = e := by
  apply left_cancel (a := a)
  rw [h, op_e]

theorem inv_npow (a : G) (n : Nat) : npow a⁻¹ n = (npow a n)⁻¹ := by
  induction n with
  | zero => rw [npow_zero, npow_zero, inv_e]
  | succ n ih => rw [npow_succ, ih, ← inv_op_rev, ← npow_comm, npow_succ]

theorem npow_op_npow_inv (a : G) (n : Nat) : npow a n ⋆ npow a⁻¹ n = e := by sorry

/-- `g` conjugating `a`. -/
def conj (g a : G) : G := g ⋆ a ⋆ g⁻¹

theorem conj_e (g : G) : conj g e = e := by
  unfold conj
  rw [op_e, op_inv]

theorem conj_by_e (a : G) : conj e a = a := by
  unfold conj
  rw [e_op, inv_e, op_e]

theorem conj_op (g a b : G) : conj g (a ⋆ b) = conj g a ⋆ conj g b := by
  unfold conj
  simp only [op_assoc, inv_op_cancel_left]

theorem conj_inv (g a : G) : conj g a⁻¹ = (conj g a)⁻¹ := by sorry

theorem conj_conj (g h a : G) : conj g (conj h a) = conj (g ⋆ h) a := by
  unfold conj
  rw [inv_op_rev]
  simp only [op_assoc]

theorem conj_eq_iff (g a b : G) : conj g a = conj g b ↔ a = b := by
  constructor
  · intro h
    unfold conj at h
    exact left_cancel (right_cancel h)
  · intro h
    rw [h]

/-- The commutator of `a` and `b`. -/
def commutator (a b : G) : G := a⁻¹ ⋆ b⁻¹ ⋆ a ⋆ b

theorem commutator_e_left (b : G) : commutator e b = e := by
  unfold commutator
  rw [inv_e, e_op, op_e, inv_op]

theorem commutator_self (a : G) : commutator a a = e := by
  unfold commutator
  simp only [op_assoc, inv_op_cancel_left, inv_op, e_op]

theorem commutator_eq_e_iff (a b : G) : commutator a b = e ↔ a ⋆ b = b ⋆ a := by
  unfold commutator
  constructor
  · intro h
    rw [op_assoc (a⁻¹ ⋆ b⁻¹) a b, op_eq_e_iff, inv_op_rev, inv_inv, inv_inv] at h
    exact h
  · intro h
    rw [op_assoc (a⁻¹ ⋆ b⁻¹) a b, h, ← inv_op_rev, inv_op]

end Group'

/-- A group whose operation commutes. -/
class CommGroup' (G : Type) extends Group' G where
  op_comm : ∀ a b : G, op a b = op b a

namespace CommGroup'

open Group'

variable {G : Type} [CommGroup' G]

theorem inv_op_distrib (a b : G) : (a ⋆ b)⁻¹ = a⁻¹ ⋆ b⁻¹ := by
  rw [inv_op_rev, op_comm]

theorem commutator_eq_e (a b : G) : commutator a b = e :=
  (commutator_eq_e_iff a b).mpr (op_comm a b)

theorem conj_eq_self (g a : G) : conj g a = a := by sorry

theorem op_right_comm (a b c : G) : a ⋆ b ⋆ c = a ⋆ c ⋆ b := by
  rw [op_assoc, op_comm b c, ← op_assoc]

end CommGroup'

end Groups

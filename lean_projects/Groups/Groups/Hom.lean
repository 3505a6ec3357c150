import Groups.Instances

/-!
# Homomorphisms and subgroups

Maps between groups that preserve the operation also preserve the unit and
inverses; their kernels are subgroups, and a map is injective exactly when
its kernel is trivial.
-/

namespace Groups

open Structures Monoid' Group'

/-- A map between groups that preserves the operation. -/
structure GroupHom (G H : Type) [Group' G] [Group' H] where
  toFun : G → H
  map_op : ∀ a b, toFun (a ⋆ b) = toFun a ⋆ toFun b

/-- A set of elements closed under the group operations. -/
structure Subgroup (G : Type) [Group' G] where
  carrier : G → Prop
  e_mem : carrier e
  op_mem : ∀ {a b}, carrier a → carrier b → carrier (a ⋆ b)
  inv_mem : ∀ {a}, carrier a → carrier a⁻¹

namespace GroupHom

variable {G H K : Type} [Group' G] [Group' H] [Group' K]

theorem map_e (f : GroupHom G H) : f.toFun e = e := by
  apply idempotent_eq_e
  rw [← f.map_op, e_op]

theorem map_inv (f : GroupHom G H) (a : G) : f.toFun a⁻¹ = (f.toFun a)⁻¹ := by
  apply Eq.symm
  apply inv_eq_of_op_eq_e
  rw [← f.map_op, op_inv, map_e]

theorem map_op_inv (f : GroupHom G H) (a b : G) : f.toFun (a ⋆ b⁻¹) = f.toFun a ⋆ (f.toFun b)⁻¹ := by sorry

theorem map_npow' (f : GroupHom G H) (a : G) (n : Nat) : f.toFun (npow a n) = npow (f.toFun a) n := by
  induction n with
  | zero => rw [npow_zero, npow_zero, map_e]
  | succ n ih => rw [npow_succ, f.map_op, ih, npow_succ]

theorem map_conj (f : GroupHom G H) (g a : G) : f.toFun (conj g a) = conj (f.toFun g) (f.toFun a) := by
  unfold conj
  rw [f.map_op, f.map_op, map_inv]

/-- The composition of two homomorphisms. -/
def comp (g : GroupHom H K) (f : GroupHom G H) : GroupHom G K where
  toFun := fun a => g.toFun (f.toFun a)
  map_op := by
    intro a b
    show g.toFun (f.toFun (a ⋆ b)) = g.toFun (f.toFun a) ⋆ g.toFun (f.toFun b)
    rw [f.map_op, g.map_op]

theorem comp_apply (g : GroupHom H K) (f : GroupHom G H) (a : G) :
    (comp g f).toFun a = g.toFun (f.toFun a) := rfl

/-- The elements sent to the unit. -/
def ker (f : GroupHom G H) : Subgroup G where
  carrier := fun a => f.toFun a = e
  e_mem := map_e f
  op_mem := by
    intro a b ha hb
    show f.toFun (a ⋆ b) = e
    rw [f.map_op, ha, hb, e_op]
  inv_mem := by
    intro a ha
    show f.toFun a⁻¹ = e
    rw [map_inv, ha, inv_e]

theorem mem_ker (f : GroupHom G H) (a : G) : (ker f).carrier a ↔ f.toFun a = e := Iff.rfl

theorem eq_iff_op_inv_mem_ker (f : GroupHom G H) (a b : G) :
    f.toFun a = f.toFun b ↔ (ker f).carrier (a ⋆ b⁻¹) := by
  rw [mem_ker, f.map_op, map_inv]
  constructor
  · intro h
    rw [h, op_inv]
  · intro h
    exact inv_inj (inv_eq_of_op_eq_e h)

theorem injective_of_ker_trivial (f : GroupHom G H) (h : ∀ a, f.toFun a = e → a = e) (a b : G)
    (hab : f.toFun a = f.toFun b) : a = b := by sorry

theorem ker_trivial_of_injective (f : GroupHom G H) (h : ∀ a b, f.toFun a = f.toFun b → a = b) (a : G)
    (ha : f.toFun a = e) : a = e := by
  apply h
  rw [ha, map_e]

/-- Negation on the integers as a homomorphism. -/
def intNeg : GroupHom Int Int where
  toFun := fun a => -a
  map_op := by
    intro a b
    show -(a + b) = -a + -b
    omega

theorem intNeg_apply (a : Int) : intNeg.toFun a = -a := rfl

/-- Doubling on the integers as a homomorphism. -/
def intDouble : GroupHom Int Int where
  toFun := fun a => a + a
  map_op := by
    intro a b
    show a + b + (a + b) = a + a + (b + b)
    omega

theorem intDouble_ker (a : Int) : (ker intDouble).carrier a ↔ a = 0 := by sorry

end GroupHom

namespace Subgroup

variable {G : Type} [Group' G]

theorem inv_mem_iff (s : Subgroup G) (a : G) : s.carrier a⁻¹ ↔ s.carrier a := by
  constructor
  · intro h
    rw [← inv_inv a]
    exact s.inv_mem h
  · exact s.inv_mem

theorem op_inv_mem (s : Subgroup G) {a b : G} (ha : s.carrier a) (hb : s.carrier b) :
    s.carrier (a ⋆ b⁻¹) := s.op_mem ha (s.inv_mem hb)

/-- The whole group. -/
def top (G : Type) [Group' G] : Subgroup G where
  carrier := fun _ => True
  e_mem := trivial
  op_mem := fun _ _ => trivial
  inv_mem := fun _ => trivial

/-- The subgroup with only the unit. -/
def bot (G : Type) [Group' G] : Subgroup G where
  carrier := fun a => a = e
  e_mem := rfl
  op_mem := by
    intro a b ha hb
    show a ⋆ b = e
    rw [ha, hb, e_op]
  inv_mem := by
    intro a ha
    show a⁻¹ = e
    rw [ha, inv_e]

/-- Elements in both subgroups. -/
def inter (s t : Subgroup G) : Subgroup G where
  carrier := fun a => s.carrier a ∧ t.carrier a
  e_mem := ⟨s.e_mem, t.e_mem⟩
  op_mem := fun ha hb => ⟨s.op_mem ha.1 hb.1, t.op_mem ha.2 hb.2⟩
  inv_mem := fun ha => ⟨s.inv_mem ha.1, t.inv_mem ha.2⟩

theorem mem_inter (s t : Subgroup G) (a : G) :
    (inter s t).carrier a ↔ s.carrier a ∧ t.carrier a := Iff.rfl

theorem mem_bot (a : G) : (bot G).carrier a ↔ a = e := Iff.rfl

theorem npow_mem (s : Subgroup G) {a : G} (ha : s.carrier a) (n : Nat) : s.carrier (npow a n) := by sorry

/-- The even integers. -/
def evens : Subgroup Int where
  carrier := fun a => a % 2 = 0
  e_mem := rfl
  op_mem := by
    intro a b ha hb
    show (a + b) % 2 = 0
    omega
  inv_mem := by
    intro a ha
    show (-a) % 2 = 0
    omega

theorem four_mem_evens : evens.carrier 4 := by
  show (4 : Int) % 2 = 0
  decide

end Subgroup

end Groups

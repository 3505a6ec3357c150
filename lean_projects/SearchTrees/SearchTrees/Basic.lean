import Sorting.Count

/-!
# Binary trees of numbers

Trees with a number at each node: size, height, in-order list, membership,
mirror image, and a predicate holding at every key.
-/

namespace SearchTrees

open Lists Sorting

/-- A binary tree with a number at each node. -/
inductive BTree where
  | leaf : BTree
  | node : BTree → Nat → BTree → BTree
  deriving DecidableEq

namespace BTree

/-- The number of keys. -/
def size : BTree → Nat
  | leaf => 0
  | node l _ r => size l + 1 + size r

/-- The length of the longest path from the root to a leaf. -/
def height : BTree → Nat
  | leaf => 0
  | node l _ r => max (height l) (height r) + 1

/-- The keys from left to right. -/
def toList : BTree → List Nat
  | leaf => []
  | node l k r => toList l ++ k :: toList r

/-- `x` is a key of the tree. -/
def Mem (x : Nat) : BTree → Prop
  | leaf => False
  | node l k r => Mem x l ∨ x = k ∨ Mem x r

/-- `P` holds at every key. -/
def All (P : Nat → Prop) : BTree → Prop
  | leaf => True
  | node l k r => All P l ∧ P k ∧ All P r

/-- The tree seen in a mirror. -/
def mirror : BTree → BTree
  | leaf => leaf
  | node l k r => node (mirror r) k (mirror l)

/-- The sum of the keys. -/
def sumKeys : BTree → Nat
  | leaf => 0
  | node l k r => sumKeys l + k + sumKeys r

theorem size_leaf : size leaf = 0 := rfl

theorem size_node (l : BTree) (k : Nat) (r : BTree) : size (node l k r) = size l + 1 + size r := rfl

theorem length_toList (t : BTree) : (toList t).length = size t := by
  induction t with
  | leaf => rfl
  | node l k r ihl ihr =>
    rw [toList, List.length_append, List.length_cons, ihl, ihr, size_node]
    omega

theorem height_le_size (t : BTree) : height t ≤ size t := by
  induction t with
  | leaf => exact Nat.le_refl 0
  | node l k r ihl ihr =>
    rw [height, size_node]
    omega

theorem mirror_mirror (t : BTree) : mirror (mirror t) = t := by
  induction t with
  | leaf => rfl
  | node l k r ihl ihr => rw [mirror, mirror, ihl, ihr]

theorem size_mirror (t : BTree) : size (mirror t) = size t := by sorry

theorem height_mirror (t : BTree) : height (mirror t) = height t := by
  induction t with
  | leaf => rfl
  | node l k r ihl ihr =>
    rw [mirror, height, height, ihl, ihr, Nat.max_comm]

theorem mem_toList {x : Nat} {t : BTree} : x ∈ toList t ↔ Mem x t := by
  induction t with
  | leaf => simp [toList, Mem]
  | node l k r ihl ihr =>
    rw [toList, List.mem_append, List.mem_cons, ihl, ihr]
    rfl

theorem mem_mirror {x : Nat} {t : BTree} : Mem x (mirror t) ↔ Mem x t := by sorry

theorem all_mem {P : Nat → Prop} {t : BTree} (h : All P t) {x : Nat} (hx : Mem x t) : P x := by
  induction t with
  | leaf => exact False.elim hx
  | node l k r ihl ihr =>
    obtain ⟨hl, hk, hr⟩ := h
    rcases hx with hx | hx | hx
    · exact ihl hl hx
    · rw [hx]
      exact hk
    · exact ihr hr hx

theorem all_of_forall {P : Nat → Prop} (t : BTree) (h : ∀ x, Mem x t → P x) : All P t := by
  induction t with
  | leaf => trivial
  | node l k r ihl ihr =>
    refine ⟨ihl (fun x hx => h x (Or.inl hx)), h k (Or.inr (Or.inl rfl)), ihr (fun x hx => ?_)⟩
    exact h x (Or.inr (Or.inr hx))

theorem all_imp {P Q : Nat → Prop} (hpq : ∀ x, P x → Q x) {t : BTree} (h : All P t) : All Q t :=
  all_of_forall t fun x hx => hpq x (all_mem h hx)

theorem sum_toList (t : BTree) : sum (toList t) = sumKeys t := by
  induction t with
  | leaf => rfl
  | node l k r ihl ihr =>
    rw [toList, sum_append, sum_cons, ihl, ihr, sumKeys]
    omega

theorem count_toList_mirror (x : Nat) (t : BTree) : count x (toList (mirror t)) = count x (toList t) := by sorry

theorem toList_example : toList (node (node leaf 1 leaf) 2 (node leaf 3 leaf)) = [1, 2, 3] := rfl

end BTree

end SearchTrees

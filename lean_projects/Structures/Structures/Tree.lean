/-!
# Binary trees

Binary trees with values at the nodes. We define the size, the number of
leaves, the mirror image, the in-order flattening to a list and `map`, and
prove how they interact: mirroring is an involution that keeps the size and
reverses the flattening, and flattening has as many elements as the tree.
-/

namespace Structures

/-- A binary tree with values of type `α` at its nodes. -/
inductive Tree (α : Type) where
  | leaf : Tree α
  | node : Tree α → α → Tree α → Tree α

namespace Tree

variable {α β γ : Type}

/-- The number of nodes. -/
def size : Tree α → Nat
  | leaf => 0
  | node l _ r => size l + 1 + size r

/-- The number of leaves. -/
def leaves : Tree α → Nat
  | leaf => 1
  | node l _ r => leaves l + leaves r

/-- The mirror image: left and right swapped at every node. -/
def mirror : Tree α → Tree α
  | leaf => leaf
  | node l v r => node (mirror r) v (mirror l)

/-- In-order traversal. -/
def flatten : Tree α → List α
  | leaf => []
  | node l v r => flatten l ++ v :: flatten r

/-- Apply `f` to every value. -/
def map (f : α → β) : Tree α → Tree β
  | leaf => leaf
  | node l v r => node (map f l) (f v) (map f r)

/-- The sum of the values of a tree of numbers. -/
def sum : Tree Nat → Nat
  | leaf => 0
  | node l v r => sum l + v + sum r

theorem size_leaf : size (leaf : Tree α) = 0 := rfl

theorem size_node (l : Tree α) (v : α) (r : Tree α) :
    size (node l v r) = size l + 1 + size r := rfl

theorem leaves_node (l : Tree α) (v : α) (r : Tree α) :
    leaves (node l v r) = leaves l + leaves r := rfl

theorem mirror_node (l : Tree α) (v : α) (r : Tree α) :
    mirror (node l v r) = node (mirror r) v (mirror l) := rfl

theorem flatten_node (l : Tree α) (v : α) (r : Tree α) :
    flatten (node l v r) = flatten l ++ v :: flatten r := rfl

theorem map_node (f : α → β) (l : Tree α) (v : α) (r : Tree α) :
    map f (node l v r) = node (map f l) (f v) (map f r) := rfl

theorem mirror_mirror (t : Tree α) : mirror (mirror t) = t := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr =>
    rw [mirror_node, mirror_node, ihl, ihr]

theorem size_mirror (t : Tree α) : size (mirror t) = size t := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr =>
    rw [mirror_node, size_node, size_node, ihl, ihr, Nat.add_right_comm (size r) 1 (size l),
      Nat.add_right_comm (size l) 1 (size r), Nat.add_comm (size r) (size l)]

theorem leaves_mirror (t : Tree α) : leaves (mirror t) = leaves t := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr =>
    rw [mirror_node, leaves_node, leaves_node, ihl, ihr, Nat.add_comm]

theorem leaves_eq_size_add_one (t : Tree α) : leaves t = size t + 1 := by sorry

theorem length_flatten (t : Tree α) : (flatten t).length = size t := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr =>
    rw [flatten_node, List.length_append, List.length_cons, ihl, ihr, size_node,
      Nat.add_right_comm (size l) 1 (size r), Nat.add_assoc]

theorem flatten_mirror (t : Tree α) : flatten (mirror t) = (flatten t).reverse := by sorry

theorem size_map (f : α → β) (t : Tree α) : size (map f t) = size t := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr =>
    rw [map_node, size_node, size_node, ihl, ihr]

theorem map_mirror (f : α → β) (t : Tree α) : map f (mirror t) = mirror (map f t) := by sorry

theorem flatten_map (f : α → β) (t : Tree α) : flatten (map f t) = (flatten t).map f := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr =>
    rw [map_node, flatten_node, flatten_node, ihl, ihr, List.map_append, List.map_cons]

theorem map_id' (t : Tree α) : map (fun x => x) t = t := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr =>
    rw [map_node, ihl, ihr]

theorem map_map' (f : α → β) (g : β → γ) (t : Tree α) :
    map g (map f t) = map (fun x => g (f x)) t := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr =>
    rw [map_node, map_node, map_node, ihl, ihr]

theorem sum_mirror (t : Tree Nat) : sum (mirror t) = sum t := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr =>
    show sum (mirror r) + v + sum (mirror l) = sum l + v + sum r
    rw [ihl, ihr, Nat.add_right_comm, Nat.add_comm (sum r) (sum l), Nat.add_right_comm]

theorem mirror_eq_leaf {t : Tree α} (h : mirror t = leaf) : t = leaf := by
  cases t with
  | leaf => rfl
  | node l v r =>
    rw [mirror_node] at h
    cases h

theorem size_eq_zero {t : Tree α} (h : size t = 0) : t = leaf := by sorry

theorem size_pos_of_node (l : Tree α) (v : α) (r : Tree α) : 0 < size (node l v r) := by
  rw [size_node, Nat.add_right_comm]
  exact Nat.succ_pos _

theorem size_node_leaf (v : α) : size (node leaf v leaf) = 1 := by
  simp [size]

theorem size_le_of_left (l : Tree α) (v : α) (r : Tree α) : size l < size (node l v r) := by sorry

theorem flatten_singleton (v : α) : flatten (node leaf v leaf) = [v] := rfl

theorem mirror_ne_leaf_of_node (l : Tree α) (v : α) (r : Tree α) : mirror (node l v r) ≠ leaf := by
  intro h
  cases h

end Tree

end Structures

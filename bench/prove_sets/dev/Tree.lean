/-! Binary trees of our own. -/

inductive Tree where
  | leaf : Tree
  | node : Tree → Nat → Tree → Tree

namespace Tree

def size : Tree → Nat
  | leaf => 0
  | node l _ r => size l + 1 + size r

def mirror : Tree → Tree
  | leaf => leaf
  | node l x r => node (mirror r) x (mirror l)

theorem mirror_mirror (t : Tree) : mirror (mirror t) = t := by sorry

theorem size_mirror (t : Tree) : size (mirror t) = size t := by sorry

def insert (x : Nat) : Tree → Tree
  | leaf => node leaf x leaf
  | node l y r => if x < y then node (insert x l) y r else node l y (insert x r)

theorem size_insert (x : Nat) (t : Tree) : size (insert x t) = size t + 1 := by sorry

end Tree

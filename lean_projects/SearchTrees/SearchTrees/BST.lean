import SearchTrees.Basic

/-!
# Binary search trees

Keys left of a node are smaller, keys right of it larger. Insertion keeps
this invariant, search answers exactly membership, and the in-order list of a
search tree is sorted.
-/

namespace SearchTrees

open Lists Sorting BTree

/-- The search-tree invariant. -/
inductive BST : BTree → Prop
  | leaf : BST leaf
  | node {l : BTree} {k : Nat} {r : BTree} :
      All (· < k) l → All (k < ·) r → BST l → BST r → BST (node l k r)

/-- Insert `x` (nothing changes if it is already a key). -/
def insert (x : Nat) : BTree → BTree
  | leaf => node leaf x leaf
  | node l k r => if x < k then node (insert x l) k r else if k < x then node l k (insert x r) else node l k r

/-- Search for `x`, going left or right by comparing with the keys. -/
def contains (x : Nat) : BTree → Bool
  | leaf => false
  | node l k r => if x < k then contains x l else if k < x then contains x r else true

/-- The tree of the keys of a list, inserted from left to right. -/
def ofList (l : List Nat) : BTree := l.foldl (fun t x => insert x t) leaf

theorem insert_leaf (x : Nat) : insert x leaf = node leaf x leaf := rfl

theorem mem_insert {x y : Nat} {t : BTree} : Mem y (insert x t) ↔ y = x ∨ Mem y t := by
  induction t with
  | leaf =>
    show Mem y leaf ∨ y = x ∨ Mem y leaf ↔ _
    simp [Mem]
  | node l k r ihl ihr =>
    unfold insert
    split
    · show Mem y (insert x l) ∨ y = k ∨ Mem y r ↔ y = x ∨ Mem y l ∨ y = k ∨ Mem y r
      rw [ihl]
      constructor
      · intro h
        rcases h with (h | h) | h | h
        · exact Or.inl h
        · exact Or.inr (Or.inl h)
        · exact Or.inr (Or.inr (Or.inl h))
        · exact Or.inr (Or.inr (Or.inr h))
      · intro h
        rcases h with h | h | h | h
        · exact Or.inl (Or.inl h)
        · exact Or.inl (Or.inr h)
        · exact Or.inr (Or.inl h)
        · exact Or.inr (Or.inr h)
    · split
      · show Mem y l ∨ y = k ∨ Mem y (insert x r) ↔ y = x ∨ Mem y l ∨ y = k ∨ Mem y r
        rw [ihr]
        constructor
        · intro h
          rcases h with h | h | h | h
          · exact Or.inr (Or.inl h)
          · exact Or.inr (Or.inr (Or.inl h))
          · exact Or.inl h
          · exact Or.inr (Or.inr (Or.inr h))
        · intro h
          rcases h with h | h | h | h
          · exact Or.inr (Or.inr (Or.inl h))
          · exact Or.inl h
          · exact Or.inr (Or.inl h)
          · exact Or.inr (Or.inr (Or.inr h))
      · have hxk : x = k := by omega
        show Mem y l ∨ y = k ∨ Mem y r ↔ y = x ∨ Mem y l ∨ y = k ∨ Mem y r
        rw [hxk]
        constructor
        · intro h
          exact Or.inr h
        · intro h
          rcases h with h | h
          · exact Or.inr (Or.inl h)
          · exact h

theorem mem_insert_self (x : Nat) (t : BTree) : Mem x (insert x t) := mem_insert.mpr (Or.inl rfl)

theorem mem_insert_of_mem {x y : Nat} {t : BTree} (h : Mem y t) : Mem y (insert x t) := by sorry

theorem all_insert {P : Nat → Prop} {x : Nat} {t : BTree} (hx : P x) (h : All P t) : All P (insert x t) := by
  apply all_of_forall
  intro y hy
  rcases mem_insert.mp hy with hy | hy
  · rw [hy]
    exact hx
  · exact all_mem h hy

theorem bst_insert (x : Nat) {t : BTree} (h : BST t) : BST (insert x t) := by
  induction h with
  | leaf => exact BST.node trivial trivial BST.leaf BST.leaf
  | @node l k r hl hr _ _ ihl ihr =>
    unfold insert
    split
    · exact BST.node (all_insert (by assumption) hl) hr ihl ‹_›
    · split
      · exact BST.node hl (all_insert (by assumption) hr) ‹_› ihr
      · exact BST.node hl hr ‹_› ‹_›

theorem size_insert_le (x : Nat) (t : BTree) : size (insert x t) ≤ size t + 1 := by
  induction t with
  | leaf => exact Nat.le_refl _
  | node l k r ihl ihr =>
    unfold insert
    split
    · rw [size_node, size_node]
      omega
    · split
      · rw [size_node, size_node]
        omega
      · rw [size_node]
        omega

theorem contains_iff {x : Nat} {t : BTree} (h : BST t) : contains x t = true ↔ Mem x t := by
  induction h with
  | leaf => simp [contains, Mem]
  | @node l k r hl hr _ _ ihl ihr =>
    unfold contains
    split
    · rw [ihl]
      constructor
      · exact Or.inl
      · intro hm
        rcases hm with hm | hm | hm
        · exact hm
        · omega
        · have := all_mem hr hm
          omega
    · split
      · rw [ihr]
        constructor
        · exact fun hm => Or.inr (Or.inr hm)
        · intro hm
          rcases hm with hm | hm | hm
          · have := all_mem hl hm
            omega
          · omega
          · exact hm
      · simp only [true_iff]
        exact Or.inr (Or.inl (by omega))

theorem contains_insert_self (x : Nat) {t : BTree} (h : BST t) : contains x (insert x t) = true := by sorry

theorem bst_ofList_aux (l : List Nat) {t : BTree} (h : BST t) :
    BST (l.foldl (fun t x => insert x t) t) := by
  induction l generalizing t with
  | nil => exact h
  | cons x l ih => exact ih (bst_insert x h)

theorem bst_ofList (l : List Nat) : BST (ofList l) := bst_ofList_aux l BST.leaf

theorem mem_ofList_aux {y : Nat} (l : List Nat) (t : BTree) :
    Mem y (l.foldl (fun t x => insert x t) t) ↔ y ∈ l ∨ Mem y t := by
  induction l generalizing t with
  | nil => simp
  | cons x l ih =>
    rw [List.foldl_cons, ih, mem_insert, List.mem_cons]
    constructor
    · intro h
      rcases h with h | h | h
      · exact Or.inl (Or.inr h)
      · exact Or.inl (Or.inl h)
      · exact Or.inr h
    · intro h
      rcases h with (h | h) | h
      · exact Or.inr (Or.inl h)
      · exact Or.inl h
      · exact Or.inr (Or.inr h)

theorem sorted_append_cons {l₁ l₂ : List Nat} {k : Nat} (h₁ : Sorted l₁) (h₂ : Sorted (k :: l₂))
    (h : ∀ x, x ∈ l₁ → x ≤ k) : Sorted (l₁ ++ k :: l₂) := by
  induction h₁ with
  | nil => exact h₂
  | single a => exact Sorted.cons (h a (List.Mem.head _)) h₂
  | @cons a b l hab _ ih =>
    exact Sorted.cons hab (ih (fun x hx => h x (List.Mem.tail a hx)))

theorem sorted_cons_of_all {k : Nat} {l : List Nat} (hs : Sorted l) (h : ∀ x, x ∈ l → k ≤ x) :
    Sorted (k :: l) := by
  cases l with
  | nil => exact Sorted.single k
  | cons y ys => exact Sorted.cons (h y (List.Mem.head _)) hs

theorem sorted_toList {t : BTree} (h : BST t) : Sorted (toList t) := by sorry

theorem contains_example : contains 3 (ofList [5, 3, 8]) = true := by decide

theorem ofList_example : toList (ofList [5, 3, 8, 1]) = [1, 3, 5, 8] := by decide

end SearchTrees

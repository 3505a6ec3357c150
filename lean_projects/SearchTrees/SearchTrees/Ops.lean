import SearchTrees.BST

/-!
# More on trees and search trees

The in-order list of a mirror image, how sizes and heights change under
insertion, the smallest key, and trees built from lists.
-/

namespace SearchTrees

open Lists Sorting BTree

/-- The leftmost key, if any. -/
def minKey : BTree → Option Nat
  | leaf => none
  | node leaf k _ => some k
  | node l _ _ => minKey l

theorem not_mem_leaf (x : Nat) : ¬Mem x leaf := fun h => h

theorem mem_node_self (l : BTree) (k : Nat) (r : BTree) : Mem k (node l k r) := Or.inr (Or.inl rfl)

theorem toList_mirror (t : BTree) : toList (mirror t) = (toList t).reverse := by
  induction t with
  | leaf => rfl
  | node l k r ihl ihr =>
    rw [mirror, toList, toList, ihl, ihr]
    simp

theorem sumKeys_mirror (t : BTree) : sumKeys (mirror t) = sumKeys t := by sorry

theorem size_eq_zero_iff (t : BTree) : size t = 0 ↔ t = leaf := by
  cases t with
  | leaf => simp [size]
  | node l k r =>
    rw [size_node]
    constructor
    · intro h
      omega
    · intro h
      cases h

theorem size_pos_of_mem {x : Nat} {t : BTree} (h : Mem x t) : 0 < size t := by
  cases t with
  | leaf => exact False.elim h
  | node l k r =>
    rw [size_node]
    omega

theorem height_insert_le (x : Nat) (t : BTree) : height (insert x t) ≤ height t + 1 := by
  induction t with
  | leaf => exact Nat.le_refl _
  | node l k r ihl ihr =>
    unfold insert
    split
    · simp only [height]
      omega
    · split
      · simp only [height]
        omega
      · simp only [height]
        omega

theorem size_insert_of_not_mem {x : Nat} {t : BTree} (h : ¬Mem x t) : size (insert x t) = size t + 1 := by
  induction t with
  | leaf => rfl
  | node l k r ihl ihr =>
    unfold insert
    split
    · rw [size_node, size_node, ihl (fun hl => h (Or.inl hl))]
      omega
    · split
      · rw [size_node, size_node, ihr (fun hr => h (Or.inr (Or.inr hr)))]
        omega
      · exact absurd (Or.inr (Or.inl (by omega))) h

theorem size_insert_of_mem {x : Nat} {t : BTree} (hb : BST t) (h : Mem x t) : size (insert x t) = size t := by sorry

theorem contains_leaf (x : Nat) : contains x leaf = false := rfl

theorem contains_node_self (l : BTree) (k : Nat) (r : BTree) : contains k (node l k r) = true := by
  simp [contains]

theorem minKey_mem {t : BTree} {m : Nat} (h : minKey t = some m) : Mem m t := by
  induction t with
  | leaf => cases h
  | node l k r ihl _ =>
    cases l with
    | leaf =>
      cases h
      exact Or.inr (Or.inl rfl)
    | node ll lk lr =>
      exact Or.inl (ihl h)

theorem minKey_eq_none_iff (t : BTree) : minKey t = none ↔ t = leaf := by
  induction t with
  | leaf => simp [minKey]
  | node l k r ihl _ =>
    cases l with
    | leaf => simp [minKey]
    | node ll lk lr =>
      show minKey (node ll lk lr) = none ↔ _
      rw [ihl]
      simp

theorem minKey_le {t : BTree} (hb : BST t) {m : Nat} (h : minKey t = some m) {x : Nat} (hx : Mem x t) :
    m ≤ x := by sorry

theorem ofList_nil : ofList [] = leaf := rfl

theorem ofList_singleton (x : Nat) : ofList [x] = node leaf x leaf := rfl

theorem mem_ofList {x : Nat} {l : List Nat} : Mem x (ofList l) ↔ x ∈ l := by
  rw [ofList, mem_ofList_aux]
  simp [Mem]

theorem contains_ofList {x : Nat} {l : List Nat} : contains x (ofList l) = true ↔ x ∈ l := by
  rw [contains_iff (bst_ofList l), mem_ofList]

theorem size_ofList_aux (l : List Nat) (t : BTree) :
    size (l.foldl (fun t x => insert x t) t) ≤ size t + l.length := by
  induction l generalizing t with
  | nil => simp
  | cons x l ih =>
    rw [List.foldl_cons, List.length_cons]
    have h₁ := ih (insert x t)
    have h₂ := size_insert_le x t
    omega

theorem size_ofList_le (l : List Nat) : size (ofList l) ≤ l.length := by sorry

theorem minKey_example : minKey (ofList [5, 3, 8]) = some 3 := by decide

end SearchTrees

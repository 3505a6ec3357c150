import SearchTrees.Basic
import SearchTrees.BST
import SearchTrees.Ops

/-!
# Search trees

Binary trees of numbers, their in-order lists, and binary search trees:
insertion keeps the search-tree invariant, search finds exactly the inserted
keys, and the in-order list of a search tree is sorted (`Sorted`, from
`Lists`, via `Sorting`).
-/

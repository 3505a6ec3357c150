import Sorting.Merge

/-!
# Merge sort

Split the list in halves, sort each, merge. Merge sort keeps the length and
every count, and returns a sorted list.
-/

namespace Sorting

open Lists

/-- Merge sort. -/
def msort (l : List Nat) : List Nat :=
  if h : l.length < 2 then l
  else merge (msort (l.take (l.length / 2))) (msort (l.drop (l.length / 2)))
termination_by l.length
decreasing_by
  all_goals simp
  all_goals omega

theorem msort_of_lt_two {l : List Nat} (h : l.length < 2) : msort l = l := by
  rw [msort, dif_pos h]

theorem msort_nil : msort [] = [] := msort_of_lt_two (by simp)

theorem msort_singleton (x : Nat) : msort [x] = [x] := msort_of_lt_two (by simp)

theorem msort_of_ge_two {l : List Nat} (h : ¬l.length < 2) :
    msort l = merge (msort (l.take (l.length / 2))) (msort (l.drop (l.length / 2))) := by
  rw [msort, dif_neg h]

theorem length_msort (l : List Nat) : (msort l).length = l.length := by
  induction l using msort.induct with
  | case1 l h => rw [msort_of_lt_two h]
  | case2 l h ih₁ ih₂ =>
    rw [msort_of_ge_two h, length_merge, ih₁, ih₂, ← List.length_append, List.take_append_drop]

theorem count_msort (a : Nat) (l : List Nat) : count a (msort l) = count a l := by
  induction l using msort.induct with
  | case1 l h => rw [msort_of_lt_two h]
  | case2 l h ih₁ ih₂ =>
    rw [msort_of_ge_two h, count_merge, ih₁, ih₂, ← count_append, List.take_append_drop]

theorem sameCount_msort (l : List Nat) : SameCount (msort l) l := (count_msort · l)

theorem sorted_msort (l : List Nat) : Sorted (msort l) := by
  induction l using msort.induct with
  | case1 l h =>
    rw [msort_of_lt_two h]
    match l, h with
    | [], _ => exact Sorted.nil
    | [x], _ => exact Sorted.single x
  | case2 l h ih₁ ih₂ =>
    rw [msort_of_ge_two h]
    exact sorted_merge ih₁ ih₂

theorem sum_msort (l : List Nat) : sum (msort l) = sum l := by sorry

theorem mem_msort {a : Nat} {l : List Nat} (h : a ∈ l) : a ∈ msort l := by sorry

theorem sameCount_msort_isort (l : List Nat) : SameCount (msort l) (isort l) :=
  sameCount_trans (sameCount_msort l) (sameCount_symm (sameCount_isort l))

/-- A sorted list with the same counts as `l`, returned by both sorts. -/
theorem isort_of_sorted {l : List Nat} (h : Sorted l) : isort l = l := by
  induction h with
  | nil => rfl
  | single x => rfl
  | @cons x y l hxy hs ih =>
    rw [isort_cons, ih, insertS_cons_of_le l hxy]

theorem msort_of_sorted_length_two {x y : Nat} (h : x ≤ y) : msort [x, y] = [x, y] := by sorry

theorem length_msort_pos {l : List Nat} (h : 0 < l.length) : 0 < (msort l).length := by
  rw [length_msort]
  exact h

end Sorting

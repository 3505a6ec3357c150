import Sorting.Count

/-!
# Merging sorted lists

`merge` interleaves two lists, always taking the smaller head first. It keeps
lengths and counts, and two sorted lists merge into a sorted list.
-/

namespace Sorting

open Lists

/-- Merge two lists by repeatedly taking the smaller head. -/
def merge : List Nat → List Nat → List Nat
  | [], ys => ys
  | xs, [] => xs
  | x :: xs, y :: ys => if x ≤ y then x :: merge xs (y :: ys) else y :: merge (x :: xs) ys
termination_by xs ys => xs.length + ys.length

/-- `a` is at most the head of the list (if it has one). -/
def LeHead (a : Nat) : List Nat → Prop
  | [] => True
  | y :: _ => a ≤ y

theorem merge_nil_left (ys : List Nat) : merge [] ys = ys := by
  simp [merge]

theorem merge_nil_right (xs : List Nat) : merge xs [] = xs := by
  cases xs <;> simp [merge]

theorem merge_cons_of_le {x y : Nat} (xs ys : List Nat) (h : x ≤ y) :
    merge (x :: xs) (y :: ys) = x :: merge xs (y :: ys) := by
  rw [merge, if_pos h]

theorem merge_cons_of_lt {x y : Nat} (xs ys : List Nat) (h : y < x) :
    merge (x :: xs) (y :: ys) = y :: merge (x :: xs) ys := by
  rw [merge, if_neg (Nat.not_le_of_gt h)]

theorem merge_example : merge [1, 4] [2, 3] = [1, 2, 3, 4] := by
  simp [merge]

theorem length_merge (xs ys : List Nat) : (merge xs ys).length = xs.length + ys.length := by
  induction xs, ys using merge.induct with
  | case1 ys => simp [merge]
  | case2 xs _ => rw [merge_nil_right]; rfl
  | case3 x xs y ys h ih => rw [merge_cons_of_le xs ys h]; simp [ih]; omega
  | case4 x xs y ys h ih => rw [merge, if_neg h]; simp [ih]; omega

theorem count_merge (a : Nat) (xs ys : List Nat) : count a (merge xs ys) = count a xs + count a ys := by
  induction xs, ys using merge.induct with
  | case1 ys => rw [merge_nil_left, count_nil, Nat.zero_add]
  | case2 xs _ => rw [merge_nil_right, count_nil, Nat.add_zero]
  | case3 x xs y ys h ih =>
    rw [merge_cons_of_le xs ys h, count_cons, ih, count_cons a x]
    omega
  | case4 x xs y ys h ih =>
    rw [merge, if_neg h, count_cons, ih, count_cons a y]
    omega

theorem sameCount_merge (xs ys : List Nat) : SameCount (merge xs ys) (xs ++ ys) := by
  intro a
  rw [count_merge, count_append]

theorem sum_merge (xs ys : List Nat) : sum (merge xs ys) = sum xs + sum ys := by sorry

theorem merge_singleton (x : Nat) (ys : List Nat) : merge [x] ys = insertS x ys := by
  induction ys with
  | nil => rw [merge_nil_right]; rfl
  | cons y ys ih =>
    have hc := Nat.lt_or_ge y x
    cases hc with
    | inl hlt => rw [merge_cons_of_lt [] ys hlt, ih, insertS_cons_of_lt ys hlt]
    | inr hge => rw [merge_cons_of_le [] ys hge, merge_nil_left, insertS_cons_of_le ys hge]

theorem sorted_cons_of_leHead {a : Nat} {l : List Nat} (hs : Sorted l) (h : LeHead a l) :
    Sorted (a :: l) := by
  cases l with
  | nil => exact Sorted.single a
  | cons y ys => exact Sorted.cons h hs

theorem leHead_of_sorted {a : Nat} {l : List Nat} (h : Sorted (a :: l)) : LeHead a l := by
  cases h with
  | single => trivial
  | cons hab _ => exact hab

theorem leHead_merge {a : Nat} {xs ys : List Nat} (hx : LeHead a xs) (hy : LeHead a ys) :
    LeHead a (merge xs ys) := by
  cases xs with
  | nil => rw [merge_nil_left]; exact hy
  | cons x xs =>
    cases ys with
    | nil => rw [merge_nil_right]; exact hx
    | cons y ys =>
      have hc := Nat.lt_or_ge y x
      cases hc with
      | inl hlt => rw [merge_cons_of_lt xs ys hlt]; exact hy
      | inr hge => rw [merge_cons_of_le xs ys hge]; exact hx

theorem sorted_merge {xs ys : List Nat} (hx : Sorted xs) (hy : Sorted ys) : Sorted (merge xs ys) := by
  induction xs, ys using merge.induct with
  | case1 ys => rw [merge_nil_left]; exact hy
  | case2 xs _ => rw [merge_nil_right]; exact hx
  | case3 x xs y ys h ih =>
    rw [merge_cons_of_le xs ys h]
    apply sorted_cons_of_leHead (ih (sorted_tail hx) hy)
    exact leHead_merge (leHead_of_sorted hx) h
  | case4 x xs y ys h ih =>
    rw [merge, if_neg h]
    apply sorted_cons_of_leHead (ih hx (sorted_tail hy))
    exact leHead_merge (Nat.le_of_lt (Nat.gt_of_not_le h)) (leHead_of_sorted hy)

theorem merge_comm_sorted_count (a : Nat) (xs ys : List Nat) :
    count a (merge xs ys) = count a (merge ys xs) := by sorry

theorem mem_merge_left {a : Nat} {xs : List Nat} (ys : List Nat) (h : a ∈ xs) : a ∈ merge xs ys := by sorry

end Sorting

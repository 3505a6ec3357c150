import Lists.Reverse
import Lists.Filter

/-!
# Insertion sort

Sorting a list of numbers by repeated insertion. Insertion keeps the length
and the sum (so sorting does too), inserts exactly the new element, and
preserves sortedness, so `isort` returns a sorted list.
-/

namespace Lists

/-- Insert `x` before the first element that is at least `x`. -/
def insertS (x : Nat) : List Nat → List Nat
  | [] => [x]
  | y :: ys => if x ≤ y then x :: y :: ys else y :: insertS x ys

/-- Insertion sort. -/
def isort : List Nat → List Nat
  | [] => []
  | x :: xs => insertS x (isort xs)

/-- A list is sorted when each element is at most the next one. -/
inductive Sorted : List Nat → Prop
  | nil : Sorted []
  | single (x : Nat) : Sorted [x]
  | cons {x y : Nat} {l : List Nat} : x ≤ y → Sorted (y :: l) → Sorted (x :: y :: l)

theorem insertS_nil (x : Nat) : insertS x [] = [x] := rfl

theorem insertS_cons_of_le {x y : Nat} (ys : List Nat) (h : x ≤ y) :
    insertS x (y :: ys) = x :: y :: ys := by
  rw [insertS, if_pos h]

theorem insertS_cons_of_lt {x y : Nat} (ys : List Nat) (h : y < x) :
    insertS x (y :: ys) = y :: insertS x ys := by
  rw [insertS, if_neg (Nat.not_le_of_gt h)]

theorem isort_nil : isort [] = [] := rfl

theorem isort_cons (x : Nat) (xs : List Nat) : isort (x :: xs) = insertS x (isort xs) := rfl

theorem length_insertS (x : Nat) (l : List Nat) : (insertS x l).length = l.length + 1 := by
  induction l with
  | nil => rfl
  | cons y ys ih =>
    cases Nat.lt_or_ge y x with
    | inl hlt =>
      rw [insertS_cons_of_lt ys hlt, List.length_cons, ih, List.length_cons]
    | inr hge =>
      rw [insertS_cons_of_le ys hge, List.length_cons]

theorem length_isort (l : List Nat) : (isort l).length = l.length := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [isort_cons, length_insertS, ih, List.length_cons]

theorem sum_insertS (x : Nat) (l : List Nat) : sum (insertS x l) = x + sum l := by
  induction l with
  | nil =>
    rw [insertS_nil, sum_singleton, sum_nil, Nat.add_zero]
  | cons y ys ih =>
    cases Nat.lt_or_ge y x with
    | inl hlt =>
      rw [insertS_cons_of_lt ys hlt, sum_cons, ih, sum_cons, Nat.add_left_comm]
    | inr hge =>
      rw [insertS_cons_of_le ys hge, sum_cons]

theorem sum_isort (l : List Nat) : sum (isort l) = sum l := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [isort_cons, sum_insertS, ih, sum_cons]

theorem mem_insertS_self (x : Nat) (l : List Nat) : x ∈ insertS x l := by
  induction l with
  | nil => exact List.Mem.head []
  | cons y ys ih =>
    cases Nat.lt_or_ge y x with
    | inl hlt =>
      rw [insertS_cons_of_lt ys hlt]
      exact List.Mem.tail y ih
    | inr hge =>
      rw [insertS_cons_of_le ys hge]
      exact List.Mem.head _

theorem mem_insertS_of_mem {x z : Nat} {l : List Nat} (h : z ∈ l) : z ∈ insertS x l := by sorry

theorem sorted_tail {x : Nat} {l : List Nat} (h : Sorted (x :: l)) : Sorted l := by
  cases h with
  | single => exact Sorted.nil
  | cons _ hs => exact hs

theorem sorted_pair {x y : Nat} (h : x ≤ y) : Sorted [x, y] :=
  Sorted.cons h (Sorted.single y)

theorem sorted_insertS (x : Nat) {l : List Nat} (h : Sorted l) : Sorted (insertS x l) := by
  induction h with
  | nil => exact Sorted.single x
  | single y =>
    cases Nat.lt_or_ge y x with
    | inl hlt =>
      rw [insertS_cons_of_lt [] hlt, insertS_nil]
      exact Sorted.cons (Nat.le_of_lt hlt) (Sorted.single x)
    | inr hge =>
      rw [insertS_cons_of_le [] hge]
      exact Sorted.cons hge (Sorted.single y)
  | @cons y z l hyz hs ih =>
    cases Nat.lt_or_ge y x with
    | inl hyx =>
      rw [insertS_cons_of_lt (z :: l) hyx]
      cases Nat.lt_or_ge z x with
      | inl hzx =>
        rw [insertS_cons_of_lt l hzx] at ih
        rw [insertS_cons_of_lt l hzx]
        exact Sorted.cons hyz ih
      | inr hzx =>
        rw [insertS_cons_of_le l hzx] at ih
        rw [insertS_cons_of_le l hzx]
        exact Sorted.cons (Nat.le_of_lt hyx) ih
    | inr hxy =>
      rw [insertS_cons_of_le (z :: l) hxy]
      exact Sorted.cons hxy (Sorted.cons hyz hs)

theorem sorted_isort (l : List Nat) : Sorted (isort l) := by sorry

theorem isort_singleton (x : Nat) : isort [x] = [x] := rfl

theorem sum_isort_append (l₁ l₂ : List Nat) : sum (isort (l₁ ++ l₂)) = sum l₁ + sum l₂ := by
  rw [sum_isort, sum_append]

theorem isort_example : isort [3, 1, 2] = [1, 2, 3] := by decide

theorem sorted_cons_cons {x y : Nat} {l : List Nat} (h : Sorted (x :: y :: l)) : x ≤ y := by
  cases h with
  | cons hxy _ => exact hxy

theorem length_insertS_pos (x : Nat) (l : List Nat) : 0 < (insertS x l).length := by
  rw [length_insertS]
  omega

end Lists

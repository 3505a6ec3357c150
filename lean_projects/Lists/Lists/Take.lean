import Lists.Reverse

/-!
# Prefixes and suffixes

Our own `takeN` and `dropN`: splitting a list at a position. Taking and
dropping put the list back together, and their lengths are the minimum and
the difference.
-/

namespace Lists

variable {α β : Type}

/-- The first `n` elements. -/
def takeN : Nat → List α → List α
  | 0, _ => []
  | _ + 1, [] => []
  | n + 1, x :: xs => x :: takeN n xs

/-- Everything after the first `n` elements. -/
def dropN : Nat → List α → List α
  | 0, l => l
  | _ + 1, [] => []
  | n + 1, _ :: xs => dropN n xs

theorem takeN_zero (l : List α) : takeN 0 l = [] := rfl

theorem takeN_nil (n : Nat) : takeN n ([] : List α) = [] := by
  cases n <;> rfl

theorem takeN_succ_cons (n : Nat) (x : α) (xs : List α) :
    takeN (n + 1) (x :: xs) = x :: takeN n xs := rfl

theorem dropN_zero (l : List α) : dropN 0 l = l := rfl

theorem dropN_nil (n : Nat) : dropN n ([] : List α) = [] := by
  cases n <;> rfl

theorem dropN_succ_cons (n : Nat) (x : α) (xs : List α) :
    dropN (n + 1) (x :: xs) = dropN n xs := rfl

theorem takeN_append_dropN (n : Nat) (l : List α) : takeN n l ++ dropN n l = l := by
  induction l generalizing n with
  | nil =>
    rw [takeN_nil, dropN_nil]
    rfl
  | cons x xs ih =>
    cases n with
    | zero => rfl
    | succ n =>
      rw [takeN_succ_cons, dropN_succ_cons, List.cons_append, ih]

theorem length_takeN (n : Nat) (l : List α) : (takeN n l).length = min n l.length := by
  induction l generalizing n with
  | nil =>
    rw [takeN_nil, List.length_nil, Nat.min_zero]
  | cons x xs ih =>
    cases n with
    | zero =>
      rw [takeN_zero, List.length_nil, Nat.zero_min]
    | succ n =>
      rw [takeN_succ_cons, List.length_cons, List.length_cons, ih, Nat.succ_min_succ]

theorem length_dropN (n : Nat) (l : List α) : (dropN n l).length = l.length - n := by sorry

theorem length_takeN_le (n : Nat) (l : List α) : (takeN n l).length ≤ n := by
  rw [length_takeN]
  exact Nat.min_le_left n l.length

theorem takeN_length (l : List α) : takeN l.length l = l := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [List.length_cons, takeN_succ_cons, ih]

theorem dropN_length (l : List α) : dropN l.length l = [] := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [List.length_cons, dropN_succ_cons, ih]

theorem takeN_append_of_length (l₁ l₂ : List α) : takeN l₁.length (l₁ ++ l₂) = l₁ := by
  induction l₁ with
  | nil => rfl
  | cons x xs ih =>
    rw [List.length_cons, List.cons_append, takeN_succ_cons, ih]

theorem dropN_append_of_length (l₁ l₂ : List α) : dropN l₁.length (l₁ ++ l₂) = l₂ := by
  induction l₁ with
  | nil => rfl
  | cons x xs ih =>
    rw [List.length_cons, List.cons_append, dropN_succ_cons, ih]

theorem map_takeN (f : α → β) (n : Nat) (l : List α) :
    (takeN n l).map f = takeN n (l.map f) := by sorry

theorem sum_takeN_add_sum_dropN (n : Nat) (l : List Nat) :
    sum (takeN n l) + sum (dropN n l) = sum l := by
  rw [← sum_append, takeN_append_dropN]

theorem takeN_eq_take (n : Nat) (l : List α) : takeN n l = l.take n := by
  induction l generalizing n with
  | nil =>
    rw [takeN_nil, List.take_nil]
  | cons x xs ih =>
    cases n with
    | zero => rfl
    | succ n =>
      rw [takeN_succ_cons, ih, List.take_succ_cons]

theorem mem_of_mem_takeN {x : α} {n : Nat} {l : List α} (h : x ∈ takeN n l) : x ∈ l := by
  have hl := takeN_append_dropN n l
  rw [← hl]
  exact mem_append_left' (dropN n l) h

end Lists

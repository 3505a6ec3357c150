/-!
# Lists: append, length and map

Consequences of the core list lemmas (`List.length_append`,
`List.append_assoc`, `List.map_append`, ...) and a few small helpers that the
later files of this project rely on.
-/

namespace Lists

variable {α β γ : Type}

theorem length_singleton' (x : α) : [x].length = 1 := rfl

theorem length_append_comm (l₁ l₂ : List α) : (l₁ ++ l₂).length = (l₂ ++ l₁).length := by
  rw [List.length_append, List.length_append, Nat.add_comm]

theorem length_append_three (l₁ l₂ l₃ : List α) :
    (l₁ ++ l₂ ++ l₃).length = l₁.length + l₂.length + l₃.length := by
  rw [List.length_append, List.length_append]

theorem length_append_singleton (l : List α) (x : α) : (l ++ [x]).length = l.length + 1 := by
  rw [List.length_append, length_singleton']

theorem length_cons_append (x : α) (l₁ l₂ : List α) :
    (x :: l₁ ++ l₂).length = l₁.length + l₂.length + 1 := by
  rw [List.cons_append, List.length_cons, List.length_append]

theorem append_assoc_four (a b c d : List α) : a ++ b ++ c ++ d = a ++ (b ++ (c ++ d)) := by
  rw [List.append_assoc, List.append_assoc]

theorem cons_append_assoc (x : α) (l₁ l₂ l₃ : List α) :
    x :: l₁ ++ l₂ ++ l₃ = x :: (l₁ ++ l₂ ++ l₃) := by
  rw [List.cons_append, List.cons_append]

theorem append_nil_nil : ([] : List α) ++ [] = [] := rfl

theorem nil_append_append (l₁ l₂ : List α) : [] ++ l₁ ++ l₂ = l₁ ++ l₂ := by
  rw [List.nil_append]

theorem append_singleton_cons (l : List α) (x y : α) :
    l ++ [x] ++ y :: [] = l ++ [x, y] := by
  rw [List.append_assoc, List.cons_append, List.nil_append]

theorem append_eq_nil_left {l₁ l₂ : List α} (h : l₁ ++ l₂ = []) : l₁ = [] := by
  cases l₁ with
  | nil => rfl
  | cons x xs =>
    rw [List.cons_append] at h
    cases h

theorem append_eq_nil_right {l₁ l₂ : List α} (h : l₁ ++ l₂ = []) : l₂ = [] := by
  have h1 := append_eq_nil_left h
  rw [h1, List.nil_append] at h
  exact h

theorem length_eq_zero_of_eq_nil {l : List α} (h : l = []) : l.length = 0 := by
  rw [h, List.length_nil]

theorem eq_nil_of_length_eq_zero {l : List α} (h : l.length = 0) : l = [] := by sorry

theorem length_pos_of_cons (x : α) (l : List α) : 0 < (x :: l).length := by
  rw [List.length_cons]
  exact Nat.succ_pos l.length

theorem map_append_three (f : α → β) (l₁ l₂ l₃ : List α) :
    (l₁ ++ l₂ ++ l₃).map f = l₁.map f ++ l₂.map f ++ l₃.map f := by
  rw [List.map_append, List.map_append]

theorem length_map_append (f : α → β) (l₁ l₂ : List α) :
    ((l₁ ++ l₂).map f).length = l₁.length + l₂.length := by
  rw [List.length_map, List.length_append]

theorem map_singleton' (f : α → β) (x : α) : [x].map f = [f x] := rfl

theorem map_append_singleton (f : α → β) (l : List α) (x : α) :
    (l ++ [x]).map f = l.map f ++ [f x] := by
  rw [List.map_append, map_singleton']

theorem map_map' (f : α → β) (g : β → γ) (l : List α) :
    (l.map f).map g = l.map (fun x => g (f x)) := by sorry

theorem map_id'' (l : List α) : l.map (fun x => x) = l := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [List.map_cons, ih]

theorem map_const_length (l : List α) (b : β) : (l.map (fun _ => b)).length = l.length := by
  rw [List.length_map]

theorem mem_append_left' {x : α} {l₁ : List α} (l₂ : List α) (h : x ∈ l₁) : x ∈ l₁ ++ l₂ := by
  rw [List.mem_append]
  exact Or.inl h

theorem mem_append_right' {x : α} (l₁ : List α) {l₂ : List α} (h : x ∈ l₂) : x ∈ l₁ ++ l₂ := by
  rw [List.mem_append]
  exact Or.inr h

theorem mem_singleton_self' (x : α) : x ∈ [x] := List.Mem.head []

theorem mem_of_mem_cons_of_ne {x y : α} {l : List α} (h : x ∈ y :: l) (hne : x ≠ y) : x ∈ l := by
  cases h with
  | head => exact absurd rfl hne
  | tail _ h' => exact h'

theorem mem_map_of_mem' (f : α → β) {x : α} {l : List α} (h : x ∈ l) : f x ∈ l.map f := by
  induction l with
  | nil => cases h
  | cons y ys ih =>
    rw [List.map_cons]
    cases h with
    | head => exact List.Mem.head _
    | tail _ h' => exact List.Mem.tail _ (ih h')

theorem mem_append_comm {x : α} {l₁ l₂ : List α} (h : x ∈ l₁ ++ l₂) : x ∈ l₂ ++ l₁ := by sorry

/-- Four-way rearrangement of a sum, used when adding up lists. -/
theorem add_add_add_comm'' (a b c d : Nat) : a + b + (c + d) = a + c + (b + d) := by
  rw [Nat.add_assoc, Nat.add_left_comm b c d, ← Nat.add_assoc]

theorem length_three (a b c : α) : [a, b, c].length = 3 := by
  simp

theorem append_ne_nil_of_left {l₁ : List α} (l₂ : List α) (h : l₁ ≠ []) : l₁ ++ l₂ ≠ [] := by
  intro h'
  exact h (append_eq_nil_left h')

theorem length_append_le_left (l₁ l₂ : List α) : l₁.length ≤ (l₁ ++ l₂).length := by sorry

theorem map_cons_append (f : α → β) (x : α) (l₁ l₂ : List α) :
    (x :: l₁ ++ l₂).map f = f x :: (l₁.map f ++ l₂.map f) := by
  simp only [List.cons_append, List.map_cons, List.map_append]

end Lists

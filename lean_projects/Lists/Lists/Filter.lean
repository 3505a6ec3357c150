import Lists.Basic

/-!
# Filtering, counting and `All`

`filterB p l` keeps the elements satisfying a Boolean test, `countP p l`
counts them, and `All P l` says that a predicate holds of every element. The
three are related: the length of a filter is a count, and everything that
survives a filter passes the test.
-/

namespace Lists

variable {α β : Type}

/-- The elements of a list that pass the test `p`, in order. -/
def filterB (p : α → Bool) : List α → List α
  | [] => []
  | x :: xs => cond (p x) (x :: filterB p xs) (filterB p xs)

/-- The number of elements of a list that pass the test `p`. -/
def countP (p : α → Bool) : List α → Nat
  | [] => 0
  | x :: xs => cond (p x) (countP p xs + 1) (countP p xs)

/-- `All P l`: every element of `l` satisfies `P`. -/
def All (P : α → Prop) : List α → Prop
  | [] => True
  | x :: xs => P x ∧ All P xs

theorem cond_true' (a b : α) : cond true a b = a := rfl

theorem cond_false' (a b : α) : cond false a b = b := rfl

theorem filterB_nil (p : α → Bool) : filterB p [] = [] := rfl

theorem filterB_cons (p : α → Bool) (x : α) (xs : List α) :
    filterB p (x :: xs) = cond (p x) (x :: filterB p xs) (filterB p xs) := rfl

theorem filterB_cons_of_true {p : α → Bool} {x : α} (xs : List α) (h : p x = true) :
    filterB p (x :: xs) = x :: filterB p xs := by
  rw [filterB_cons, h, cond_true']

theorem filterB_cons_of_false {p : α → Bool} {x : α} (xs : List α) (h : p x = false) :
    filterB p (x :: xs) = filterB p xs := by
  rw [filterB_cons, h, cond_false']

theorem countP_nil (p : α → Bool) : countP p [] = 0 := rfl

theorem countP_cons_of_true {p : α → Bool} {x : α} (xs : List α) (h : p x = true) :
    countP p (x :: xs) = countP p xs + 1 := by
  show cond (p x) (countP p xs + 1) (countP p xs) = countP p xs + 1
  rw [h, cond_true']

theorem countP_cons_of_false {p : α → Bool} {x : α} (xs : List α) (h : p x = false) :
    countP p (x :: xs) = countP p xs := by
  show cond (p x) (countP p xs + 1) (countP p xs) = countP p xs
  rw [h, cond_false']

theorem length_filterB (p : α → Bool) (l : List α) : (filterB p l).length = countP p l := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    cases h : p x with
    | true =>
      rw [filterB_cons_of_true xs h, countP_cons_of_true xs h, List.length_cons, ih]
    | false =>
      rw [filterB_cons_of_false xs h, countP_cons_of_false xs h, ih]

theorem countP_le_length (p : α → Bool) (l : List α) : countP p l ≤ l.length := by
  induction l with
  | nil => exact Nat.le_refl 0
  | cons x xs ih =>
    rw [List.length_cons]
    cases h : p x with
    | true =>
      rw [countP_cons_of_true xs h]
      exact Nat.succ_le_succ ih
    | false =>
      rw [countP_cons_of_false xs h]
      exact Nat.le_succ_of_le ih

theorem length_filterB_le (p : α → Bool) (l : List α) : (filterB p l).length ≤ l.length := by
  rw [length_filterB]
  exact countP_le_length p l

theorem filterB_append (p : α → Bool) (l₁ l₂ : List α) :
    filterB p (l₁ ++ l₂) = filterB p l₁ ++ filterB p l₂ := by
  induction l₁ with
  | nil => rfl
  | cons x xs ih =>
    rw [List.cons_append]
    cases h : p x with
    | true =>
      rw [filterB_cons_of_true _ h, filterB_cons_of_true _ h, ih, List.cons_append]
    | false =>
      rw [filterB_cons_of_false _ h, filterB_cons_of_false _ h, ih]

theorem countP_append (p : α → Bool) (l₁ l₂ : List α) :
    countP p (l₁ ++ l₂) = countP p l₁ + countP p l₂ := by
  rw [← length_filterB, filterB_append, List.length_append, length_filterB, length_filterB]

theorem filterB_filterB (p : α → Bool) (l : List α) : filterB p (filterB p l) = filterB p l := by sorry

theorem filterB_true (l : List α) : filterB (fun _ => true) l = l := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [filterB_cons_of_true xs rfl, ih]

theorem filterB_false (l : List α) : filterB (fun _ => false) l = [] := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    rw [filterB_cons_of_false xs rfl, ih]

theorem all_nil (P : α → Prop) : All P [] := trivial

theorem all_cons {P : α → Prop} {x : α} {xs : List α} : All P (x :: xs) ↔ P x ∧ All P xs :=
  Iff.rfl

theorem all_append {P : α → Prop} (l₁ l₂ : List α) :
    All P (l₁ ++ l₂) ↔ All P l₁ ∧ All P l₂ := by sorry

theorem all_of_forall_mem {P : α → Prop} {l : List α} (h : ∀ x, x ∈ l → P x) : All P l := by
  induction l with
  | nil => exact all_nil P
  | cons y ys ih =>
    constructor
    · exact h y (List.Mem.head ys)
    · apply ih
      intro x hx
      exact h x (List.Mem.tail y hx)

theorem forall_mem_of_all {P : α → Prop} {l : List α} (h : All P l) : ∀ x, x ∈ l → P x := by
  induction l with
  | nil =>
    intro x hx
    cases hx
  | cons y ys ih =>
    intro x hx
    cases hx with
    | head => exact h.1
    | tail _ hx' => exact ih h.2 x hx'

theorem all_imp {P Q : α → Prop} (hPQ : ∀ x, P x → Q x) {l : List α} (h : All P l) :
    All Q l := by
  induction l with
  | nil => exact all_nil Q
  | cons y ys ih =>
    exact ⟨hPQ y h.1, ih h.2⟩

theorem all_map {P : β → Prop} (f : α → β) (l : List α) :
    All P (l.map f) ↔ All (fun x => P (f x)) l := by
  induction l with
  | nil => exact Iff.rfl
  | cons x xs ih =>
    rw [List.map_cons]
    exact ⟨fun h => ⟨h.1, ih.mp h.2⟩, fun h => ⟨h.1, ih.mpr h.2⟩⟩

theorem all_filterB (p : α → Bool) (l : List α) : All (fun x => p x = true) (filterB p l) := by
  induction l with
  | nil => exact all_nil _
  | cons x xs ih =>
    cases h : p x with
    | true =>
      rw [filterB_cons_of_true xs h]
      exact ⟨h, ih⟩
    | false =>
      rw [filterB_cons_of_false xs h]
      exact ih

theorem mem_filterB_of_mem {p : α → Bool} {x : α} {l : List α} (hx : x ∈ l) (hp : p x = true) :
    x ∈ filterB p l := by
  induction l with
  | nil => cases hx
  | cons y ys ih =>
    cases hx with
    | head =>
      rw [filterB_cons_of_true ys hp]
      exact List.Mem.head _
    | tail _ hx' =>
      cases h : p y with
      | true =>
        rw [filterB_cons_of_true ys h]
        exact List.Mem.tail y (ih hx')
      | false =>
        rw [filterB_cons_of_false ys h]
        exact ih hx'

end Lists

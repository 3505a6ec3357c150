/-
Basic `String` lemmas (append with `""`, associativity, length of `++`) under their real Lean 4 names.
-/
prelude
import Init.Data.List

namespace String

@[simp] theorem append_empty (s : String) : s ++ "" = s := by
  cases s with
  | ofList d => show String.ofList (List.append d []) = _; rw [List.append_eq, List.append_nil]

@[simp] theorem empty_append (s : String) : "" ++ s = s := by
  cases s; rfl

theorem append_assoc (s₁ s₂ s₃ : String) : s₁ ++ s₂ ++ s₃ = s₁ ++ (s₂ ++ s₃) := by
  cases s₁; cases s₂; cases s₃
  show String.ofList (List.append (List.append _ _) _) = String.ofList (List.append _ (List.append _ _))
  simp only [List.append_eq, List.append_assoc]

@[simp] theorem length_empty : "".length = 0 := rfl

@[simp] theorem length_append (s t : String) : (s ++ t).length = s.length + t.length := by
  cases s; cases t
  show (List.append _ _).length = _
  rw [List.append_eq, List.length_append]; rfl

end String

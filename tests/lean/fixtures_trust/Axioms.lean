-- A project axiom: only the theorems that use it are in question.
axiom choiceless : ∀ n : Nat, n + 0 = n
theorem free : 1 + 1 = 2 := rfl
theorem uses (n : Nat) : n + 0 = n := choiceless n
example : (3 : Nat) + 0 = 3 := choiceless 3
private theorem hidden : 2 + 2 = 4 := rfl
theorem Nat.«exists» : ∃ n : Nat, n = 0 := ⟨0, rfl⟩
theorem «quoted name» : True := trivial

class Small (n : Nat) : Prop where
  small : n < 10
instance : Small 100 := sorry
theorem small_100 : 100 < 10 := Small.small
instance unusedInst : Small 200 := ⟨sorry⟩
theorem plain : 1 = 1 := rfl

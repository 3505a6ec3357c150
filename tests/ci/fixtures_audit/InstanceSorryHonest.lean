class Small (n : Nat) : Prop where
  small : n < 10
instance : Small 3 := ⟨by decide⟩
theorem small_3 : 3 < 10 := Small.small
instance unusedInst : Small 4 := ⟨by decide⟩
theorem plain : 1 = 1 := rfl

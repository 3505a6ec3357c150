-- The standard axioms themselves, and a project axiom with its own name (unused).
axiom my_hypothesis : 1 = 1
theorem ext (p q : Prop) (h : p ↔ q) : p = q := propext h
theorem pick (h : Nonempty Nat) : ∃ n : Nat, n = Classical.choice h := ⟨_, rfl⟩
theorem plain : 1 = 1 := rfl

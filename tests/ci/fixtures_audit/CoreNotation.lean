-- `+` and `=` given other meanings: the theorems Lean proves are not the ones shown.
infixl:65 (priority := high) " + " => fun (_ _ : Nat) => (7 : Nat)
theorem weird : 1 + 1 = 7 := rfl
macro_rules | `($_ = $_) => `(True)
theorem one_is_two : 1 = 2 := trivial

-- A numeral instance for `Nat` of the file's own: `2` now means 1 in its statements.
instance (priority := high) fake : OfNat Nat 2 := ⟨1⟩
theorem two_is_one : (2 : Nat) = 1 := rfl

-- Same shape: numerals for a type of the file's own.
structure Two where
  val : Nat
instance (priority := high) fake : OfNat Two 2 := ⟨⟨1⟩⟩
theorem two_is_one : (2 : Two).val = 1 := rfl

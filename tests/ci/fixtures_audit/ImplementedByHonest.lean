-- Same shape, no `implemented_by` under the theorem.
def alwaysTrue (_ : Nat) : Bool := true
def claims (_ : Nat) : Bool := false
theorem claims_zero : claims 0 = false := rfl

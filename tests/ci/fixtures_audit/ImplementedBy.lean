-- The compiler runs `alwaysTrue` for `claims`; the kernel checked `claims`' own body.
def alwaysTrue (_ : Nat) : Bool := true
@[implemented_by alwaysTrue] def claims (_ : Nat) : Bool := false
theorem claims_zero : claims 0 = false := rfl
